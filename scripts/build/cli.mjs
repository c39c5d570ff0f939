// Builds the Node CLI (src/cli/run.ts) into dist/cli/sender-lens.mjs, and the worker script of `sender-lens scan`
// (src/cli/scan/worker-entry.ts) into dist/cli/scan-worker.mjs: a separate bundle with only the analysis, so each
// worker thread does not load the commands, undici and the IMAP client it never uses. npm dependencies stay external
// (they are installed by `npm ci`); the code is not minified so admins can read what they run.
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

const bundle = (entry, file, emptyOutDir) =>
  build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: entry,
      outDir: 'dist/cli',
      emptyOutDir,
      target: 'node20',
      minify: false,
      sourcemap: true,
      rollupOptions: { output: { entryFileNames: file, format: 'es' } },
    },
    ssr: { target: 'node' },
  });

export async function buildCli() {
  await bundle('src/cli/run.ts', 'sender-lens.mjs', true);
  await bundle('src/cli/scan/worker-entry.ts', 'scan-worker.mjs', false);
}
