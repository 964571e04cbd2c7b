// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The layer boundaries of DESIGN.md, enforced: `shared/` is pure (no electron, no node:, no React,
 * no DOM globals) and `renderer/` never reaches into electron or Node.
 */
const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'http',
  'https',
];
const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'location',
  'fetch',
  'XMLHttpRequest',
  'HTMLElement',
  'Blob',
  'File',
  'FileReader',
].map((name) => ({ name, message: 'shared/ är ren domänkod: inga DOM-globaler (gränsregel).' }));

export const boundaryRules = {
  shared: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: [
              'electron',
              'electron/*',
              ...nodeBuiltins,
              'react',
              'react/*',
              'react-dom',
              'react-dom/*',
              'dexie',
              'dexie-react-hooks',
            ],
            message:
              'shared/ är ren domänkod: inga electron-, node:-, React- eller Dexie-importer (gränsregel).',
          },
        ],
      },
    ],
    'no-restricted-globals': ['error', ...domGlobals],
  },
  renderer: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['electron', 'electron/*', ...nodeBuiltins],
            message:
              'renderer/ får inte importera electron eller node: – gå via Platform-gränssnittet (gränsregel).',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist-web*',
      'release',
      'test-results',
      'playwright-report',
      'resources/schema',
      'tests/fixtures/lint/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-assertions': [
        'error',
        { assertionStyle: 'as', objectLiteralTypeAssertions: 'never' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: boundaryRules.shared,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...boundaryRules.renderer,
    },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
