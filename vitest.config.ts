import { defineConfig } from 'vitest/config';

// Two projects: unit tests need no database; integration and browser tests share one real Neo4j that
// tests/support/globalSetup.ts starts (or finds) and loads once per run.
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/globalSetup.ts'],
          setupFiles: ['tests/support/closeDriver.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
