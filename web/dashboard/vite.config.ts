// Builds the dashboard (exposure map, alliance graph, bloc table) into dist/dashboard/, which the API serves at /.
// Everything it needs is bundled: the world map comes from src/geo/atlas.json (scripts/build-atlas.ts), the graph
// library is loaded on demand by the graph view, and no font, tile or script comes from another origin.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/dashboard', import.meta.url));

export default defineConfig(({ command }) => {
  // A build is for production whatever NODE_ENV the caller has: the test runner sets NODE_ENV=test, and Vite
  // would then bundle React's development build and the development JSX runtime. Vite reads NODE_ENV after
  // loading this file (its documented way to set it), and `vite build` runs in a process of its own.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    root,
    base: '/',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      reportCompressedSize: false,
      // The atlas is fetched as a file rather than parsed as a JS module: keep it out of the bundle.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
    },
    // Dev server only (`npx vite --config web/dashboard/vite.config.ts`): proxy the API running on :4000.
    server: { proxy: { '/graphql': process.env.DASHBOARD_API ?? 'http://localhost:4000' } },
  };
});
