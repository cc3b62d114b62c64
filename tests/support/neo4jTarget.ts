/** What the global setup hands every integration test: how to reach the Neo4j it prepared. */
export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  kind: 'uri' | 'docker' | 'local';
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}
