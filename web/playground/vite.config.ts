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
});
