/**
 * A scan worker thread: analyzes the messages the main thread sends (raw bytes transferred, not copied) and sends
 * back the JSON line, summary and campaign features. The CLI bundle is its own worker script: run.ts calls
 * runScanWorker() when it starts inside a worker with SCAN_WORKER_MARK in its workerData.
 */
import { parentPort } from 'node:worker_threads';
import { createNoneResolver } from '../../core/dns/index.js';
import type { Resolver } from '../../core/dns/types.js';
import type { AnalyzeDeps, Settings } from '../../core/deps.js';
import type { Lang } from '../../core/i18n/index.js';
import { analyzeOne } from './analyze-one.js';
import { createBridgeResolver, type DnsAnswer, type DnsQuestion } from './dns-bridge.js';
import type { AnalyzedMessage } from './types.js';

export const SCAN_WORKER_MARK = 'sender-lens-scan-worker';

export interface WorkerInit {
  mark: typeof SCAN_WORKER_MARK;
  lang: Lang;
  settings: Partial<Settings>;
  /** --now: offset added to the real clock. */
  clockOffsetMs: number;
  /** Network evidence through the main thread's resolver (dns-bridge.ts), or none (offline). */
  network: boolean;
}

export interface Job {
  type: 'job';
  id: number;
  file: string;
  raw: Uint8Array;
}
export interface JobDone {
  type: 'done';
  id: number;
  result: AnalyzedMessage;
}
/** A crash inside the scan's own code for one message (the core never throws): reported, never silently dropped. */
export interface JobFailed {
  type: 'failed';
  id: number;
  error: string;
}

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
  port.on('message', (m: Job | DnsAnswer) => {
    if (m.type === 'dns-answer') {
      bridge?.answer(m);
      return;
    }
    if (m.type !== 'job') return;
    void analyzeOne(m.file, m.raw, deps, init.lang).then(
      (result) => port.postMessage({ type: 'done', id: m.id, result } satisfies JobDone),
      (e: unknown) => port.postMessage({ type: 'failed', id: m.id, error: e instanceof Error ? e.message : String(e) } satisfies JobFailed),
    );
  });
}
