/**
 * Entry of the scan worker bundle (dist/cli/scan-worker.mjs, built beside the CLI by scripts/build/cli.mjs). It holds
 * only what a worker runs: the analysis and the scan job. The CLI bundle also holds every command, the DoH/RDAP
 * client (undici) and the IMAP client, which a worker never uses (its DNS questions go to the main thread,
 * dns-bridge.ts): each worker thread would load and evaluate them for nothing.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { isWorkerInit, runScanWorker } from './worker.js';

if (isMainThread || !isWorkerInit(workerData))
  throw new Error('scan-worker.mjs is the worker script of `sender-lens scan`; run bin/sender-lens.mjs');
runScanWorker(workerData);
