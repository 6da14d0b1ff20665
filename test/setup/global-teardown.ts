/** Jest globalTeardown: stops the test Neo4j if (and only if) the global setup left a way to stop it. */
export default async function globalTeardown(): Promise<void> {
  // STOP_HANDLE of global-setup.ts. Not imported: jest loads this file as CommonJS outside its module
  // system, where the `.js` import of a `.ts` file does not resolve (jestjs/jest#11644).
  const stop = (globalThis as Record<symbol, (() => Promise<void>) | undefined>)[Symbol.for('newsgraph.testNeo4j.stop')];
  await stop?.();
}
