// ESLint (flat config): typescript-eslint's type-aware rules over all the TypeScript, the layering of src/ (which
// folder may import which) and no import cycles in src/, React's hook rules in web/, and Prettier's settings last
// so that no stylistic rule fights the formatter. `npm run lint` runs this and `prettier --check .`.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier/flat';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const TS = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS = ['**/*.js', '**/*.mjs', '**/*.cjs'];

/** A zone in which `layer` (a folder of src/) may import from `allowed` (other folders of src/) and from itself, nothing else of src/. */
const only = (layer, allowed) => ({
  target: `./src/${layer}`,
  from: './src',
  except: [layer, ...allowed].map((name) => `./${name}`),
  message: allowed.length
    ? `src/${layer} may import only from ${allowed.map((name) => `src/${name}`).join(', ')} (see eslint.config.js).`
    : `src/${layer} imports nothing else from src/ (see eslint.config.js).`,
});

/** A zone in which `layer` may import anything in src/ except `forbidden`. */
const allBut = (layer, forbidden) => ({
  target: `./src/${layer}`,
  from: forbidden.map((name) => `./src/${name}`),
  message: `src/${layer} may import anything in src/ except ${forbidden.map((name) => `src/${name}`).join(', ')} (see eslint.config.js).`,
});

const LAYERING = [
  only('config', []),
  only('domain', []), // pure: no I/O, no other layer
  only('db', ['config', 'domain']),
  only('loader', ['db', 'config']),
  only('neo4j-server', ['config', 'db']),
  only('compute', ['domain']),
  only('service', ['domain', 'db', 'compute']),
  only('observability', ['config']),
  only('graphql', ['service', 'domain', 'db', 'compute', 'config', 'observability']),
  allBut('server', ['cli', 'data']),
  allBut('cli', ['data']),
  only('data', []), // the standalone data pipeline (scripts/data.ts)
  {
    target: './src',
    from: ['./tests', './bench', './scripts', './web'],
    message: 'src/ may not import from tests/, bench/, scripts/ or web/.',
  },
  {
    target: './web',
    from: ['./src', './tests', './bench'],
    message: 'web/ is built for the browser on its own: it may not import from src/, tests/ or bench/.',
  },
];

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', '**/__generated__/**', '.neo4j/', '.bench/', 'test-results/', 'data/', 'cypher/data/']),

  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,

  // TypeScript, with type information from tsconfig.json (src, tests, scripts, bench, web, vitest.config.ts).
  {
    files: TS,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // Off: Apollo's plugin hooks and our Promise-returning interfaces are `async` on purpose (a throw becomes a rejection), which the rule's fix would change.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },

  // The few plain JavaScript files (this file, bin/, the worker thread's entry): no tsconfig covers them, so no type-aware rules.
  {
    files: JS,
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },

  // Imports: resolved as TypeScript resolves them (NodeNext: `./x.js` is ./x.ts), so that the zones see every import.
  {
    files: [...TS, ...JS],
    plugins: { 'import-x': importX },
    settings: {
      // As import-x's own TypeScript preset: without .ts among the extensions, no-cycle would not follow imports into .ts files.
      'import-x/extensions': ['.ts', '.tsx', '.cts', '.mts', '.js', '.jsx', '.cjs', '.mjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.cts', '.mts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${root}/tsconfig.json` })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: LAYERING }],
    },
  },
  {
    files: ['src/**'],
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },

  // The browser side: React's rules of hooks (and the React Compiler's checks that come with them).
  {
    files: ['web/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
    languageOptions: { globals: globals.browser },
    rules: {
      // An error, not the preset's warning: `eslint .` passes with warnings, and a stale dependency is a real bug without the compiler.
      'react-hooks/exhaustive-deps': 'error',
      // Off: it only reports that the React Compiler would skip a component's memoization, and this build does not use the compiler.
      'react-hooks/preserve-manual-memoization': 'off',
    },
  },

  // Last, so that no formatting rule disagrees with Prettier.
  prettier,
);
