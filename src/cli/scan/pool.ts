/**
 * Worker threads (node:worker_threads) that run the analysis on every core. The main thread only reads sources,
 * hands out raw bytes (transferred, not copied) and collects results; each worker keeps a few jobs in flight so it
 * never waits for the main thread. A worker that dies fails its jobs (reported as faults) and is replaced.
 * Without a worker script (in-process tests), jobs run inline on the main thread with the same code.
 */
import { Worker } from 'node:worker_threads';
import type { Resolver } from '../../core/dns/types.js';
import { analyzeOne } from './analyze-one.js';
import { answerQuestion, type DnsQuestion } from './dns-bridge.js';
import { scanDeps, type Job, type JobDone, type JobFailed, type WorkerInit } from './worker.js';
import type { AnalyzedMessage } from './types.js';

/**
 * Young generation per worker: the analysis allocates many short-lived strings; a larger nursery means fewer
 * scavenges (measured: less GC thread time per message).
 */
const YOUNG_GENERATION_MB = 64;

export interface PoolOptions {
  /** The script to start workers from (the CLI bundle); null = analyze inline on the main thread. */
  entry: URL | null;
  workers: number;
  init: WorkerInit;
  /** Shared resolver for network evidence (when init.network). */
  resolver: Resolver | null;
  inFlightPerWorker: number;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}
interface Pending {
  resolve: (r: AnalyzedMessage) => void;
  reject: (e: Error) => void;
}

export class ScanPool {
  private slots: Slot[] = [];
  private nextId = 1;
  private inFlight = 0;
  private waiters: (() => void)[] = [];
  private closed = false;
  private readonly inlineDeps;

  constructor(private readonly opts: PoolOptions) {
    this.inlineDeps = opts.entry ? null : scanDeps(opts.init, opts.resolver);
    if (opts.entry) for (let i = 0; i < opts.workers; i++) this.slots.push(this.spawn());
  }

  private capacity(): number {
    return Math.max(1, this.slots.length || 1) * this.opts.inFlightPerWorker;
  }

  private spawn(): Slot {
    const worker = new Worker(this.opts.entry!, {
      workerData: this.opts.init,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (m: JobDone | JobFailed | DnsQuestion) => {
      if (m.type === 'dns') {
        if (this.opts.resolver) void answerQuestion(this.opts.resolver, m).then((a) => worker.postMessage(a));
        return;
      }
      const p = slot.pending.get(m.id);
      if (!p) return;
      slot.pending.delete(m.id);
      if (m.type === 'done') p.resolve(m.result);
      else p.reject(new Error(m.error));
    });
    const fail = (e: Error): void => {
      for (const p of slot.pending.values()) p.reject(e);
      slot.pending.clear();
      const i = this.slots.indexOf(slot);
      if (i >= 0 && !this.closed) this.slots[i] = this.spawn();
    };
    worker.on('error', (e) => fail(e));
    worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`worker exited with code ${code}`));
    });
    return slot;
  }

  /** Resolves when another job may be submitted (backpressure for the source reader). */
  async ready(): Promise<void> {
    while (this.inFlight >= this.capacity()) await new Promise<void>((r) => this.waiters.push(r));
  }

  analyze(file: string, raw: Uint8Array): Promise<AnalyzedMessage> {
    this.inFlight++;
    const done = (): void => {
      this.inFlight--;
      this.waiters.shift()?.();
    };
    const run = this.inlineDeps
      ? analyzeOne(file, raw, this.inlineDeps, this.opts.init.lang)
      : new Promise<AnalyzedMessage>((resolve, reject) => {
          const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
          const id = this.nextId++;
          slot.pending.set(id, { resolve, reject });
          const owned = raw.byteOffset === 0 && raw.byteLength === raw.buffer.byteLength && raw.buffer instanceof ArrayBuffer;
          const bytes = owned ? raw : raw.slice();
          slot.worker.postMessage({ type: 'job', id, file, raw: bytes } satisfies Job, [bytes.buffer as ArrayBuffer]);
        });
    return run.finally(done);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
