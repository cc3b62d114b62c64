import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One graphql for everyone, as in production: Node resolves `graphql` to its CommonJS build for our code and for
// the libraries (Apollo, graphql-armor, graphql-query-complexity); Vite alone would hand our code the ESM build,
// and two copies of graphql refuse each other's types ("from another module or realm").
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

// Unit tests need no database. Integration and browser tests share one real Neo4j that tests/support/globalSetup.ts
// starts (or finds) and loads once per run. Most of their time is spent waiting (on Neo4j, a browser, a child
// process), so two files run at once. The files that disturb the shared server run afterwards, one at a time, with
// nothing beside them: the loader's (a broken load marks the graph LOADING for a moment), the fault tests' (which
// stop Neo4j, start it again and rebuild the graph after a killed load), the production server's (it empties the
// database and loads it again) and the fleet's (a supervisor and two API processes starting at once take both
// cores of a CI machine, which would starve a neighbour's waits).
const integration = {
  environment: 'node' as const,
  globalSetup: ['tests/support/globalSetup.ts'],
  setupFiles: ['tests/support/closeDriver.ts'],
  testTimeout: 60_000,
  hookTimeout: 300_000,
};
const DISTURB_THE_SERVER = [
  'tests/integration/loader.test.ts',
  'tests/integration/resilience.test.ts',
  'tests/integration/productionServe.test.ts',
  'tests/integration/graphReload.test.ts',
  'tests/integration/workers.test.ts',
];

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    projects: [
      {
        extends: true,
        // Some unit tests copy and regenerate the data folder (dataCheck): seconds on a busy machine, so a wider
        // timeout than vitest's 5 s default. No test asserts a duration.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          ...integration,
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          exclude: DISTURB_THE_SERVER,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: { ...integration, name: 'integration (alone)', include: DISTURB_THE_SERVER, maxWorkers: 1, sequence: { groupOrder: 2 } },
      },
    ],
  },
});
