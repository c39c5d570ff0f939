/** Process entry for the built CLI (dist/cli/sender-lens.mjs); also the script of scan's worker threads. */
import { isMainThread, workerData } from 'node:worker_threads';
import { main } from './main.js';
import { isWorkerInit, runScanWorker } from './scan/worker.js';

if (!isMainThread && isWorkerInit(workerData)) {
  runScanWorker(workerData);
} else {
  const code = await main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    ...(process.stderr.isTTY ? { progress: (text: string) => process.stderr.write(text) } : {}),
    env: process.env,
    workerEntry: new URL(import.meta.url),
  });
  process.exitCode = code;
}
