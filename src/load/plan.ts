/** One Cypher statement with its parameters: what a stage builds and the executor runs. */
export interface Plan {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
}
