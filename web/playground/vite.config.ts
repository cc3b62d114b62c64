// Builds the offline GraphQL playground (GraphiQL 5 + Monaco) into dist/playground/.
// Run by `npm run build:web`; the API serves the output at /playground/* and answers a
// browser's GET /graphql with dist/playground/index.html.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/playground', import.meta.url));

export default defineConfig({
  root,
  base: '/playground/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 5000,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      onwarn(warning, warn) {
        // React libraries' "use client" / "use no memo" directives are meaningless in a bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
  // Dev server only (`npx vite --config web/playground/vite.config.ts`): the dependency
  // optimizer cannot pre-bundle the `?worker` imports in GraphiQL's setup-workers module, so
  // serve that module through Vite's own pipeline; proxy the API running on :4000.
  optimizeDeps: { exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'] },
  server: { proxy: { '/graphql': process.env.PLAYGROUND_API ?? 'http://localhost:4000' } },
});
