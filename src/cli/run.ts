/** Process entry for the built CLI (dist/cli/sender-lens.mjs); scan workers run dist/cli/scan-worker.mjs beside it (or this bundle when that is missing). */
import { existsSync } from 'node:fs';
import { isMainThread, workerData } from 'node:worker_threads';
import { main } from './main.js';
import { isWorkerInit, runScanWorker } from './scan/worker.js';

if (!isMainThread && isWorkerInit(workerData)) {
  runScanWorker(workerData);
} else {
  const leanWorker = new URL('./scan-worker.mjs', import.meta.url);
  const code = await main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    ...(process.stderr.isTTY ? { progress: (text: string) => process.stderr.write(text) } : {}),
    env: process.env,
    // The lean worker bundle built beside this one (scan/worker-entry.ts); this bundle itself when it is missing.
    workerEntry: existsSync(leanWorker) ? leanWorker : new URL(import.meta.url),
  });
  process.exitCode = code;
}
