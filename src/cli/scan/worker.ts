/**
 * A scan worker thread: takes batches of jobs from the main thread (paths it reads itself, or raw bytes
 * transferred, not copied), analyzes them and sends back batches of compact results with their state-file
 * records encoded in one transferred buffer (job.ts). The CLI bundle is its own worker script: run.ts calls
 * runScanWorker() when it starts inside a worker with SCAN_WORKER_MARK in its workerData.
 */
import { parentPort } from 'node:worker_threads';
import { createNoneResolver } from '../../core/dns/index.js';
import type { Resolver } from '../../core/dns/types.js';
import type { AnalyzeDeps, Settings } from '../../core/deps.js';
import type { Lang } from '../../core/i18n/index.js';
import { createBridgeResolver, type DnsAnswer, type DnsQuestion } from './dns-bridge.js';
import { runJob, toBatch, toWire, type JobInput, type JobOutcome, type WireBatch } from './job.js';

export const SCAN_WORKER_MARK = 'sender-lens-scan-worker';

export interface WorkerInit {
  mark: typeof SCAN_WORKER_MARK;
  lang: Lang;
  settings: Partial<Settings>;
  /** --now: offset added to the real clock. */
  clockOffsetMs: number;
  /** Network evidence through the main thread's resolver (dns-bridge.ts), or none (offline). */
  network: boolean;
  /** --max-size: a message file larger than this is not read (fault `oversize`). */
  maxBytes: number;
}

/** Main thread -> worker: messages to analyze. */
export interface JobBatch {
  type: 'jobs';
  jobs: JobInput[];
}
/** Worker -> main thread: finished messages (and messages that could not be read or crashed the scan's code). */
export interface ResultsMessage extends WireBatch {
  type: 'results';
}

/**
 * Messages one worker analyzes at the same time. Offline, a few: the analysis waits only for its file to be read
 * (on libuv's pool, while another message is analyzed) and for WebCrypto digests (DKIM body hashes), and fewer
 * messages half-done at once means less live memory for the GC to copy. With
 * network evidence, many: most of the time goes to waiting for DNS answers.
 */
export const WORKER_CONCURRENCY = { offline: 4, network: 32 };
/** Results sent back together (fewer, larger messages between threads); sooner when the worker runs out of jobs. */
export const RESULT_BATCH = 16;

export function isWorkerInit(data: unknown): data is WorkerInit {
  return typeof data === 'object' && data !== null && (data as WorkerInit).mark === SCAN_WORKER_MARK;
}

/** The analysis deps a worker (or the main thread, when scanning inline) uses. */
export function scanDeps(init: WorkerInit, resolver: Resolver | null): AnalyzeDeps {
  return {
    resolver: resolver ?? createNoneResolver(),
    offline: !init.network || !resolver,
    now: () => Date.now() + init.clockOffsetMs,
    crypto: globalThis.crypto,
    settings: init.settings,
  };
}

export function runScanWorker(init: WorkerInit): void {
  const port = parentPort;
  if (!port) throw new Error('runScanWorker outside a worker thread');
  const bridge = init.network ? createBridgeResolver((q: DnsQuestion) => port.postMessage(q)) : null;
  const deps = scanDeps(init, bridge?.resolver ?? null);
  const concurrency = init.network ? WORKER_CONCURRENCY.network : WORKER_CONCURRENCY.offline;
  const queue: JobInput[] = [];
  let head = 0;
  let running = 0;
  let done: JobOutcome[] = [];
  const flush = (): void => {
    if (!done.length) return;
    const batch = toWire(toBatch(done));
    done = [];
    port.postMessage({ type: 'results', ...batch } satisfies ResultsMessage, [batch.records.buffer as ArrayBuffer]);
  };
  const pump = (): void => {
    while (running < concurrency && head < queue.length) {
      const job = queue[head]!;
      queue[head++] = undefined as unknown as JobInput; // the bytes can go as soon as the job is done
      if (head === queue.length) {
        queue.length = 0;
        head = 0;
      }
      running++;
      void runJob(job, deps, init.lang, init.maxBytes).then((outcome) => {
        running--;
        done.push(outcome);
        if (done.length >= RESULT_BATCH || head === queue.length) flush();
        pump();
      });
    }
  };
  port.on('message', (m: JobBatch | DnsAnswer) => {
    if (m.type === 'dns-answer') {
      bridge?.answer(m);
      return;
    }
    if (m.type !== 'jobs') return;
    queue.push(...m.jobs);
    pump();
  });
}
