/**
 * Worker threads (node:worker_threads) that run the analysis on every core. The main thread stays lean: it hands
 * out jobs in batches (paths for file sources, which the workers read themselves; raw bytes, transferred, for mbox
 * and IMAP), and gets results back in batches with their state-file records already encoded (job.ts). Each worker
 * keeps about two batches queued so it never waits for the main thread. A worker that dies fails its jobs
 * (reported as faults) and is replaced. Without a worker script (in-process tests), jobs run inline on the main
 * thread with the same code.
 */
import { Worker } from 'node:worker_threads';
import type { Resolver } from '../../core/dns/types.js';
import { answerQuestion, type DnsQuestion } from './dns-bridge.js';
import { fromWire, runJob, toBatch, type JobInput, type ResultBatch } from './job.js';
import { scanDeps, WORKER_CONCURRENCY, type JobBatch, type ResultsMessage, type WorkerInit } from './worker.js';

/**
 * Young generation per worker: the analysis allocates many short-lived strings; a larger nursery means fewer
 * scavenges (measured: less GC thread time per message).
 */
const YOUNG_GENERATION_MB = 64;
/** Jobs per message to a worker; a batch also closes at JOB_BATCH_BYTES of raw bytes. */
export const JOB_BATCH = 16;
const JOB_BATCH_BYTES = 4 * 1024 * 1024;
/** Raw bytes (mbox, IMAP) handed out and not yet analyzed, per worker: a bound on memory, whatever the batch size. */
const MAX_BYTES_IN_FLIGHT_PER_WORKER = 64 * 1024 * 1024;

export interface PoolOptions {
  /** The script to start workers from (the CLI bundle); null = analyze inline on the main thread. */
  entry: URL | null;
  workers: number;
  init: WorkerInit;
  /** Shared resolver for network evidence (when init.network). */
  resolver: Resolver | null;
  /** Called on the main thread with every batch of results, in arrival order. */
  onResults: (batch: ResultBatch) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs sent to this worker and not answered yet, by seq: what is needed to report them if the worker dies. */
  pending: Map<number, { file: string; bytes: number }>;
}

const jobBytes = (j: JobInput): number => j.raw?.byteLength ?? 0;

export class ScanPool {
  private slots: Slot[] = [];
  /** Jobs submitted but not yet sent to a worker (filled up to JOB_BATCH). */
  private queued: JobInput[] = [];
  private queuedBytes = 0;
  private outstanding = 0;
  private bytesInFlight = 0;
  private draining = false;
  private waiters: (() => void)[] = [];
  private closed = false;
  private failure: Error | null = null;
  private readonly inlineDeps;
  private readonly capacity: number;
  private readonly maxBytesInFlight: number;

  constructor(private readonly opts: PoolOptions) {
    this.inlineDeps = opts.entry ? null : scanDeps(opts.init, opts.resolver);
    const workers = opts.entry ? opts.workers : 1;
    const concurrency = opts.init.network ? WORKER_CONCURRENCY.network : WORKER_CONCURRENCY.offline;
    // Enough queued per worker that it always has the next batch while the main thread answers the previous one.
    this.capacity = workers * (opts.entry ? Math.max(3 * JOB_BATCH, 2 * concurrency) : concurrency * 2);
    this.maxBytesInFlight = workers * MAX_BYTES_IN_FLIGHT_PER_WORKER;
    if (opts.entry) for (let i = 0; i < opts.workers; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.opts.entry!, {
      workerData: this.opts.init,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (m: ResultsMessage | DnsQuestion) => {
      if (m.type === 'dns') {
        if (this.opts.resolver) void answerQuestion(this.opts.resolver, m).then((a) => worker.postMessage(a));
        return;
      }
      if (m.type !== 'results') return;
      for (const r of m.results) {
        const sent = slot.pending.get(r.seq);
        if (!sent) continue;
        slot.pending.delete(r.seq);
        this.bytesInFlight -= sent.bytes;
        this.outstanding--;
      }
      this.deliver(fromWire(m));
      this.pump();
    });
    const fail = (e: Error): void => {
      const lost = [...slot.pending.entries()];
      slot.pending.clear();
      const i = this.slots.indexOf(slot);
      if (i >= 0 && !this.closed) this.slots[i] = this.spawn();
      if (!lost.length) return;
      this.bytesInFlight -= lost.reduce((n, [, j]) => n + j.bytes, 0);
      this.outstanding -= lost.length;
      this.deliver({
        results: lost.map(([seq, j]) => ({ seq, kind: 'fault', fault: { kind: 'worker-error', where: j.file, detail: e.message } })),
        records: new Uint8Array(0),
      });
      this.pump();
    };
    worker.on('error', (e) => fail(e));
    worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`worker exited with code ${code}`));
    });
    return slot;
  }

  private deliver(batch: ResultBatch): void {
    if (this.failure) return;
    try {
      this.opts.onResults(batch);
    } catch (e) {
      // The results cannot be kept (state file not writable...): the scan stops with this error.
      this.failure = e instanceof Error ? e : new Error(String(e));
    }
    this.wake();
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Sends queued jobs to the least busy worker: full batches, or what there is when a worker is about to run dry. */
  private pump(): void {
    while (this.queued.length && this.slots.length) {
      const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const full = this.queued.length >= JOB_BATCH || this.queuedBytes >= JOB_BATCH_BYTES;
      if (!full && !this.draining && slot.pending.size >= JOB_BATCH) return;
      let n = 0;
      let bytes = 0;
      while (n < this.queued.length && n < JOB_BATCH && (bytes < JOB_BATCH_BYTES || n === 0)) bytes += jobBytes(this.queued[n++]!);
      const jobs = this.queued.splice(0, n);
      this.queuedBytes -= bytes;
      const transfer: ArrayBuffer[] = [];
      for (const j of jobs) {
        slot.pending.set(j.seq, { file: j.file, bytes: jobBytes(j) });
        if (j.raw) transfer.push(j.raw.buffer as ArrayBuffer);
      }
      slot.worker.postMessage({ type: 'jobs', jobs } satisfies JobBatch, transfer);
    }
  }

  /** Resolves when another job may be submitted (backpressure for the source reader). */
  async ready(): Promise<void> {
    while (!this.failure && (this.outstanding >= this.capacity || (this.bytesInFlight >= this.maxBytesInFlight && this.outstanding > 0))) {
      await new Promise<void>((r) => this.waiters.push(r));
    }
    if (this.failure) throw this.failure;
  }

  /** Hands one message to the pool; its result comes through onResults. Call ready() before each submit. */
  submit(job: JobInput): void {
    let j = job;
    if (j.raw && !(j.raw.byteOffset === 0 && j.raw.byteLength === j.raw.buffer.byteLength && j.raw.buffer instanceof ArrayBuffer)) {
      j = { ...j, raw: j.raw.slice() }; // a view into a larger buffer: copy it out so only its own bytes are transferred
    }
    this.outstanding++;
    this.bytesInFlight += jobBytes(j);
    if (this.inlineDeps) {
      void this.runInline(j);
      return;
    }
    this.queued.push(j);
    this.queuedBytes += jobBytes(j);
    this.pump();
  }

  private async runInline(job: JobInput): Promise<void> {
    const outcome = await runJob(job, this.inlineDeps!, this.opts.init.lang, this.opts.init.maxBytes);
    this.bytesInFlight -= jobBytes(job);
    this.outstanding--;
    this.deliver(toBatch([outcome]));
  }

  /** Sends what is still queued and resolves when every submitted job has its result. */
  async drain(): Promise<void> {
    this.draining = true;
    this.pump();
    while (!this.failure && this.outstanding > 0) await new Promise<void>((r) => this.waiters.push(r));
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wake();
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
