/**
 * One scan job, the same in a worker thread and inline: read the message (when the source gave a path, the worker
 * reads it, not the main thread), analyze it, build its state-file record (resume.ts) and a compact result for
 * the main thread. Records of a batch travel as ONE encoded buffer (transferred, not copied), so the main thread
 * only writes bytes and keeps the small summary and campaign features; it never stringifies or encodes a line.
 */
import type { AnalyzeDeps } from '../../core/deps.js';
import type { Lang } from '../../core/i18n/index.js';
import { analyzeOne } from './analyze-one.js';
import { recordHead, stateRecord, type EncodedRecord, type RecordSizes } from './resume.js';
import { loadMessageFile } from './sources/load-file.js';
import type { ScanFault } from './types.js';

/** What the main thread sends per message: bytes (mbox, IMAP) or a path the worker reads (Maildir, .eml files). */
export interface JobInput {
  /** Dispatch order (faults are listed in this order, whoever finished first). */
  seq: number;
  key: string;
  mailbox: string;
  file: string;
  path?: string;
  raw?: Uint8Array;
}

export type JobResult =
  /** The record's head, and its size in the batch's buffer with where the `analyze --json` line sits inside it. */
  ({ seq: number; kind: 'done' } & EncodedRecord) | { seq: number; kind: 'fault'; fault: ScanFault };

/** Results of several jobs; `records` holds the state-file records of the 'done' ones, in the same order. */
export interface ResultBatch {
  results: JobResult[];
  records: Uint8Array;
}

/** A finished job before its record is encoded with the others of its batch. */
export interface JobOutcome {
  result: JobResult;
  record: string | null;
}

export async function runJob(job: JobInput, deps: AnalyzeDeps, lang: Lang, maxBytes: number): Promise<JobOutcome> {
  let raw = job.raw;
  if (!raw) {
    const loaded = await loadMessageFile(job.path!, maxBytes);
    if ('fault' in loaded) return { result: { seq: job.seq, kind: 'fault', fault: loaded.fault }, record: null };
    raw = loaded.raw;
  }
  try {
    const r = await analyzeOne(job.file, raw, deps, lang);
    const rec = stateRecord(job.key, job.mailbox, r.summary, r.features, r.line);
    return {
      result: {
        seq: job.seq,
        kind: 'done',
        key: job.key,
        mailbox: job.mailbox,
        summary: r.summary,
        features: r.features,
        recordBytes: rec.bytes,
        lineStart: rec.lineStart,
        lineBytes: rec.lineBytes,
      },
      record: rec.text,
    };
  } catch (e) {
    // A crash inside the scan's own code for one message (the core never throws): reported, never dropped.
    const detail = e instanceof Error ? e.message : String(e);
    return { result: { seq: job.seq, kind: 'fault', fault: { kind: 'worker-error', where: job.file, detail } }, record: null };
  }
}

const encoder = new TextEncoder();

/** Puts finished jobs into one batch: the records concatenated into a single buffer of its own (transferable). */
export function toBatch(outcomes: readonly JobOutcome[]): ResultBatch {
  let total = 0;
  for (const o of outcomes) if (o.result.kind === 'done') total += o.result.recordBytes;
  const records = new Uint8Array(total);
  let at = 0;
  for (const o of outcomes) {
    if (o.record === null) continue;
    const { written } = encoder.encodeInto(o.record, records.subarray(at));
    at += written;
  }
  if (at !== total) throw new Error(`state record encoding: ${at} bytes written, ${total} expected`);
  return { results: outcomes.map((o) => o.result), records };
}

/**
 * A finished job as a worker sends it: for a 'done' one only the sizes, since its key, mailbox, summary and features
 * are the head of its record in the batch's buffer (transferred anyway): the worker does not serialize them twice.
 */
export type WireResult = Exclude<JobResult, { kind: 'done' }> | ({ seq: number; kind: 'done' } & RecordSizes);

/** Results of several jobs as they travel from a worker to the main thread (fromWire() makes a ResultBatch again). */
export interface WireBatch {
  results: WireResult[];
  records: Uint8Array;
}

export function toWire(batch: ResultBatch): WireBatch {
  return {
    results: batch.results.map((r) =>
      r.kind === 'done' ? { seq: r.seq, kind: 'done', recordBytes: r.recordBytes, lineStart: r.lineStart, lineBytes: r.lineBytes } : r,
    ),
    records: batch.records,
  };
}

/** On the main thread: the full results again, each 'done' one read from the head of its record. */
export function fromWire(batch: WireBatch): ResultBatch {
  let total = 0;
  for (const r of batch.results) if (r.kind === 'done') total += r.recordBytes;
  if (total !== batch.records.length) throw new Error(`results batch: ${total} record bytes announced, ${batch.records.length} received`);
  let at = 0;
  const results = batch.results.map((r): JobResult => {
    if (r.kind !== 'done') return r;
    const head = recordHead(batch.records.subarray(at, at + r.recordBytes), r.lineStart);
    at += r.recordBytes;
    return { ...r, ...head };
  });
  return { results, records: batch.records };
}
