// Lint guards the house rules of docs/architecture: the renderer never reaches Node or Electron,
// only the data layer touches Dexie, and no test is focused or skipped. Warnings are errors
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
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches the platform only through renderer/host.' },
            { name: 'dexie', message: 'Only renderer/data/ may use Dexie: go through a repository or hook.' },
            {
              name: 'dexie-react-hooks',
              message: 'Only renderer/data/ may use Dexie: go through a hook in renderer/data/hooks.ts.',
            },
            ...nodeBuiltins.map((name) => ({ name, message: 'The renderer must not import Node built-ins.' })),
          ],
          patterns: [
            { group: ['node:*'], message: 'The renderer must not import Node built-ins.' },
            {
              group: ['**/electron/main/**', '**/electron/preload/**'],
              message: 'The renderer may import electron/shared only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/data/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches the platform only through renderer/host.' }],
          patterns: [{ group: ['node:*'], message: 'The renderer must not import Node built-ins.' }],
        },
      ],
    },
  },
);
