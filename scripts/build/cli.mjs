// Builds the Node CLI (src/cli/run.ts) into dist/cli/sender-lens.mjs. npm dependencies stay external
// (they are installed by `npm ci`); the code is not minified so admins can read what they run.
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function buildCli() {
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: 'src/cli/run.ts',
      outDir: 'dist/cli',
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: true,
      rollupOptions: { output: { entryFileNames: 'sender-lens.mjs', format: 'es' } },
    },
    ssr: { target: 'node' },
  });
}
