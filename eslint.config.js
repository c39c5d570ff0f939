// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

/**
 * Layering (dependency direction core <- platform <- ui <- entries; cli -> core + platform/node),
 * enforced here rather than in review. Zones name the folder that may NOT import from another.
 */
const zones = [
  { target: './src/core', from: './src/platform', message: 'core is pure: inject effects instead' },
  { target: './src/core', from: './src/ui', message: 'core never renders' },
  { target: './src/core', from: './src/entries', message: 'core is imported, never imports composition roots' },
  { target: './src/core', from: './src/cli', message: 'core must not depend on the CLI' },
  { target: './src/platform', from: './src/ui', message: 'platform adapters do not render' },
  { target: './src/platform', from: './src/entries' },
  { target: './src/platform', from: './src/cli' },
  { target: './src/ui', from: './src/entries' },
  { target: './src/ui', from: './src/cli' },
  { target: './src/ui', from: './src/platform/node', message: 'UI runs in the browser' },
  { target: './src/ui', from: './src/core/analyze.ts', message: 'UI renders a Report, never calls analysis' },
  { target: './src/entries', from: './src/cli' },
  { target: './src/entries', from: './src/platform/node', message: 'extension bundles must not pull in Node adapters' },
];

/** src/core is platform-free: Node built-ins and platform packages are injected effects, never imports. */
const nodeFree = {
  paths: [
    'fs',
    'path',
    'os',
    'net',
    'tls',
    'http',
    'https',
    'http2',
    'dns',
    'crypto',
    'buffer',
    'stream',
    'child_process',
    'url',
    'util',
    'webextension-polyfill',
    'undici',
    'playwright-core',
  ].map((name) => ({ name, message: 'src/core is platform-free: inject the effect.' })),
  patterns: [{ group: ['node:*'], message: 'src/core must not import Node built-ins; inject the effect.' }],
};
/** One owner per helper: Public Suffix List questions go through src/core/net/registrable.ts, the only tldts importer. */
const tldts = { name: 'tldts', message: 'Use src/core/net/registrable.ts (the one registrable-domain module).' };

export default tseslint.config(
  {
    ignores: ['scripts/_*', 'types/**', 'dist/**', 'node_modules/**', 'artifacts/**', '.tmp/**', 'coverage/**', 'src/core/**/generated/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX, 'no-unsanitized': noUnsanitized },
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent/createElement: message text never becomes HTML.' },
        { property: 'outerHTML', message: 'Use textContent/createElement.' },
        { property: 'insertAdjacentHTML', message: 'Use createElement.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { ...nodeFree, paths: [...nodeFree.paths, tldts] }],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'browser',
          'messenger',
          'chrome',
          'fetch',
          'XMLHttpRequest',
          'process',
          'Buffer',
          'require',
          'localStorage',
          'crypto',
          'console',
          'Date',
        ].map((name) => ({
          name,
          message: `src/core is pure: ${name} is not available or must be injected (clock, crypto, logger, transport).`,
        })),
      ],
    },
  },
  { files: ['src/core/net/registrable.ts'], rules: { 'no-restricted-imports': ['error', nodeFree] } },
  { files: ['src/{cli,platform,ui,entries}/**/*.ts'], rules: { 'no-restricted-imports': ['error', { paths: [tldts] }] } },
  {
    files: ['src/ui/**/*.ts', 'src/entries/**/*.ts', 'src/platform/thunderbird/**/*.ts', 'src/platform/webmail/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions, messenger: 'readonly' } },
  },
  {
    files: [
      'src/cli/**/*.ts',
      'src/platform/node/**/*.ts',
      'scripts/**/*.{js,mjs,ts}',
      'tests/**/*.ts',
      'bin/**/*.mjs',
      '*.config.{js,ts}',
      'vite.config.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Node-side launchers import their own build outputs by URL; there is no DOM for no-unsanitized to protect.
    files: ['scripts/**/*.{js,mjs}', 'bin/**/*.mjs'],
    rules: { 'no-unsanitized/method': 'off' },
  },
  {
    files: ['tests/**/*.ts', 'src/**/*.test.ts'],
    languageOptions: { globals: { ...globals.vitest } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
