import { defineConfig } from 'vite';

/**
 * Shared Vite settings for every extension bundle (scripts/build/extension.mjs adds the entry per build).
 * Output is readable and deterministic for store review: no minification, no source maps, no hashes,
 * one self-contained classic script per entry (message display / content scripts cannot import modules).
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  define: {
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  build: {
    target: 'es2022',
    minify: false,
    sourcemap: false,
    emptyOutDir: false,
    copyPublicDir: false,
    reportCompressedSize: false,
  },
});
