// Builds the Node CLI (src/cli/run.ts) into dist/cli/sender-lens.mjs (a light entry) with the CLI proper in
// sender-lens-main.mjs beside it (loaded by the entry once it knows the command runs in this process), and the worker script of `sender-lens scan`
// (src/cli/scan/worker-entry.ts) into dist/cli/scan-worker.mjs: a separate bundle with only the analysis, so each
// worker thread does not load the commands, undici and the IMAP client it never uses. npm dependencies stay external
// (they are installed by `npm ci`); the code is not minified so admins can read what they run.
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The CLI's entry keeps only itself and scan/respawn.ts; everything else is one chunk it imports when needed. */
const ENTRY_ONLY = ['/src/cli/run.ts', '/src/cli/scan/respawn.ts'];
const cliChunks = (id) => (ENTRY_ONLY.some((f) => id.endsWith(f)) ? undefined : 'main');

const bundle = (entry, file, emptyOutDir, manualChunks) =>
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
      rollupOptions: { output: { entryFileNames: file, chunkFileNames: 'sender-lens-[name].mjs', format: 'es', manualChunks } },
    },
    ssr: { target: 'node' },
  });

export async function buildCli() {
  await bundle('src/cli/run.ts', 'sender-lens.mjs', true, cliChunks);
  await bundle('src/cli/scan/worker-entry.ts', 'scan-worker.mjs', false, undefined);
}
