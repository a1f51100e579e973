import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));

/** Layering (see ../shared/DESIGN.md): renderer → shared ← electron, server → shared. */
const layer = {
  shared: {
    paths: [
      { name: 'electron', message: 'shared/ is pure: no Electron.' },
      { name: 'react', message: 'shared/ is pure: no React.' },
      { name: 'react-dom', message: 'shared/ is pure: no React.' },
      ...nodeBuiltins.map((name) => ({ name, message: 'shared/ is pure: no Node built-ins.' })),
    ],
    patterns: [
      { group: ['node:*'], message: 'shared/ is pure: no Node built-ins.' },
      {
        group: ['**/electron/**', '**/renderer/**', '**/server/**'],
        message: 'shared/ imports nothing from the other layers.',
      },
    ],
  },
  renderer: {
    paths: [{ name: 'electron', message: 'The renderer talks to main only through shared/ipc.' }],
    patterns: [
      { group: ['node:*'], message: 'The renderer has no Node.' },
      { group: ['**/electron/**', '**/server/**'], message: 'renderer/ never imports main-process or server code.' },
    ],
  },
  electron: {
    paths: [],
    patterns: [
      { group: ['**/renderer/**', '**/server/**'], message: 'electron/ does not import renderer/ or server/.' },
    ],
  },
  server: {
    paths: [{ name: 'electron', message: 'The server is not an Electron app.' }],
    patterns: [{ group: ['**/electron/**', '**/renderer/**'], message: 'server/ imports only shared/.' }],
  },
};

export default tseslint.config(
  {
    ignores: [
      '.scratch*/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'server/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', layer.shared],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'fetch',
          'process',
          'Buffer',
          'require',
        ].map((name) => ({
          name,
          message: 'shared/ is pure: no DOM, network or Node globals.',
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'no-restricted-imports': ['error', layer.renderer],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...layer.electron,
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain'],
              message:
                'Register handlers through the dispatcher (electron/main/ipc); only main.ts and electron-transport.ts touch ipcMain.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/main.ts', 'electron/main/ipc/electron-transport.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', layer.electron] },
  },
  {
    files: ['server/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-imports': ['error', layer.server] },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.{js,mjs,ts}', '*.{js,ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // electron-builder's hooks are CommonJS files it requires.
    files: ['scripts/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
