// Lint guards the house rules (README, "How the code is laid out"): the renderer never reaches Node
// or Electron, each layer of the renderer imports only from the layers below it, only the data layer
// touches Dexie, and no test is focused or skipped. Warnings are errors
// (`--max-warnings 0` in the lint script).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'net',
  'os',
  'path',
  'process',
  'stream',
  'url',
  'util',
  'worker_threads',
  'zlib',
];

/** What each folder of the renderer must not import; `dexie` says whether it may use Dexie. */
const LAYERS = {
  domain: {
    dexie: false,
    forbidden: ['app', 'features', 'widgets', 'components', 'hooks', 'data', 'export', 'host', 'i18n'],
  },
  data: { dexie: true, forbidden: ['app', 'features', 'widgets', 'components', 'hooks', 'export', 'host', 'i18n'] },
  export: { dexie: false, forbidden: ['app', 'features', 'widgets', 'components', 'hooks', 'data', 'host'] },
  host: { dexie: false, forbidden: ['app', 'features', 'widgets', 'components', 'hooks', 'export', 'i18n'] },
  i18n: { dexie: false, forbidden: ['app', 'features', 'widgets', 'components', 'hooks', 'data', 'export', 'host'] },
  hooks: { dexie: false, forbidden: ['app', 'features', 'widgets', 'components'] },
  components: { dexie: false, forbidden: ['app', 'features', 'widgets', 'data', 'export', 'host'] },
  widgets: { dexie: false, forbidden: ['app', 'features'] },
  features: { dexie: false, forbidden: ['app'] },
};

/**
 * The renderer's import rule for one layer. Imports are relative, so a folder is recognised as
 * the first name after the leading `../` steps (`../../data/hooks` is renderer/data).
 */
function rendererImports({ dexie, forbidden = [], layer } = {}) {
  const dexieMessage =
    'Only renderer/data/ may use Dexie: go through a repository or a hook in renderer/data/hooks.ts.';
  const patterns = [
    { group: ['node:*'], message: 'The renderer must not import Node built-ins.' },
    {
      group: ['**/electron/main/**', '**/electron/preload/**'],
      message: 'The renderer may import electron/shared only.',
    },
    ...forbidden.map((folder) => ({
      regex: `^(\\.\\./)+${folder}(/|$)`,
      message: `renderer/${layer}/ must not import renderer/${folder}/ (it is above it, or beside it).`,
    })),
  ];
  if (layer === 'domain') {
    patterns.push({ group: ['**/electron/**'], message: 'The domain model imports nothing outside renderer/domain/.' });
  }
  if (layer === 'features') {
    patterns.push({
      // From renderer/features/<name>/, `../<other>/` is another feature.
      regex: '^\\.\\./[^./][^/]*/',
      message: 'A feature must not import another feature: move what both need to widgets/ or components/.',
    });
  }
  return [
    'error',
    {
      paths: [
        { name: 'electron', message: 'The renderer reaches the platform only through renderer/host.' },
        ...(dexie
          ? []
          : [
              { name: 'dexie', message: dexieMessage },
              { name: 'dexie-react-hooks', message: dexieMessage },
            ]),
        ...nodeBuiltins.map((name) => ({ name, message: 'The renderer must not import Node built-ins.' })),
      ],
      patterns,
    },
  ];
}

const noFocusedOrSkipped = {
  selector:
    "CallExpression[callee.type='MemberExpression'][callee.object.name=/^(test|it|describe|suite|bench)$/][callee.property.name=/^(only|skip|fixme|todo)$/]",
  message: 'No focused, skipped or todo tests: fix the test or remove it.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', noFocusedOrSkipped],
    },
  },
  {
    // In tests a wrong assumption fails the test right there, which is what a `!` says.
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': rendererImports({ dexie: false }),
    },
  },
  // The layers of the renderer, each importing only from those below it (README, "How the code is
  // laid out"): app > features > widgets > components > hooks > data, export, host, i18n > domain.
  ...Object.entries(LAYERS).map(([layer, { forbidden, dexie }]) => ({
    files: [`renderer/${layer}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': rendererImports({ dexie, forbidden, layer }) },
  })),
);
