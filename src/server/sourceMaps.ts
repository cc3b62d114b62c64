/**
 * tsx turns Node's source maps on, so that stack traces point at the TypeScript. The price is paid on every
 * Error.stack read, and the Neo4j driver reads one for every query it runs (it keeps the caller's stack for its
 * error messages): about 0.3 ms per Cypher round trip on a 2-core machine. Outside development the API does not
 * need TypeScript positions in stacks (errors reach clients as codes and messages), so the server turns them off;
 * NODE_ENV=development keeps them.
 */
export function sourceMapsOnlyInDevelopment(debug: boolean): void {
  if (!debug) process.setSourceMapsEnabled(false);
}
