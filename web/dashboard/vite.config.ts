// Builds the dashboard (exposure map, alliance graph, bloc table) into dist/dashboard/, which the API serves at /.
// Everything it needs is bundled: the world map comes from src/geo/atlas.json (scripts/build-atlas.ts), the graph
// library is loaded on demand by the graph view, and no font, tile or script comes from another origin.
import { fileURLToPath } from 'node:url';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';

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
    plugins: [preloadBoot()],
    // Dev server only (`npx vite --config web/dashboard/vite.config.ts`): proxy the API running on :4000.
    server: { proxy: { '/graphql': process.env.DASHBOARD_API ?? 'http://localhost:4000' } },
  };
});

/**
 * index.html names only the small entry (main.ts), which asks for the first map's data and then imports the boot
 * chunk (React and the map view). Without a hint the browser learns of that chunk only once the entry has run; a
 * `modulepreload` link lets it fetch and compile the chunk while the entry is still arriving, so React is ready about
 * when the first answers are. (The entry must stay free of static imports of React: a static import would make the
 * browser load the whole graph before the first request is sent.)
 */
function preloadBoot(): Plugin {
  return {
    name: 'alliance-explorer:preload-boot',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        const boot = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/boot.tsx'));
        if (!boot) throw new Error('preload-boot: no chunk for src/boot.tsx');
        const entries = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
        const files = [boot.fileName, ...boot.imports.filter((file) => !entries.has(file))];
        return files.map((file): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head',
        }));
      },
    },
  };
}
