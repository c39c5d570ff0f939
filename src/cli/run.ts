/**
 * Process entry for the built CLI (dist/cli/sender-lens.mjs). Kept light: it decides first whether the command runs
 * in a child process with other Node flags (`scan`: scan/respawn.ts), and only then loads the CLI itself (a chunk
 * beside it) or, inside a scan worker started from this bundle, the worker code. Scan workers normally run
 * dist/cli/scan-worker.mjs (scan/worker-entry.ts); this bundle is their script only when that file is missing.
 */
import { existsSync } from 'node:fs';
import { isMainThread, workerData } from 'node:worker_threads';
import { followParent, respawnWithFlags, scanProcessFlags } from './scan/respawn.js';

if (!isMainThread) {
  const { isWorkerInit, runScanWorker } = await import('./scan/worker.js');
  if (isWorkerInit(workerData)) runScanWorker(workerData);
} else {
  const argv = process.argv.slice(2);
  const flags = scanProcessFlags(argv, process.execArgv, process.env);
  if (flags) {
    process.exitCode = await respawnWithFlags(flags);
  } else {
    followParent();
    const { main } = await import('./main.js');
    const leanWorker = new URL('./scan-worker.mjs', import.meta.url);
    const code = await main(argv, {
      stdin: process.stdin,
      stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
      stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
      ...(process.stderr.isTTY ? { progress: (text: string) => process.stderr.write(text) } : {}),
      env: process.env,
      workerEntry: existsSync(leanWorker) ? leanWorker : new URL(import.meta.url),
    });
    process.exitCode = code;
  }
}
