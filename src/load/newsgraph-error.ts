/** Stable public error codes, in the manner of Apollo's ApolloServerErrorCode. */
export type NewsgraphErrorCode = 'DB_UNAVAILABLE' | 'DB_AUTH' | 'DB_QUERY_FAILED' | 'DB_START_FAILED' | 'DB_TIMEOUT';

/** A system failure (not a bad article): the database is gone, refuses us, or rejected a query. */
export class NewsgraphError extends Error {
  constructor(
    readonly code: NewsgraphErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'NewsgraphError';
  }
}
