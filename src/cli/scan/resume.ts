/**
 * The scan's state file (--resume STATE), also used as the spool of results when no state file is asked for.
 * JSON Lines: a header, then one record per analyzed message, appended (synchronously, a batch of results with one
 * write) as soon as the results arrive. A later run with the same STATE skips every key already recorded and reuses its result, so an
 * interrupted scan neither re-analyses nor loses anything; a torn last line (the process was killed while writing)
 * is ignored. The result line is kept verbatim and read back by offset, so memory holds only summaries and features.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, writeSync, fstatSync } from 'node:fs';
import type { CampaignFeatures, MessageSummary } from './types.js';

const VERSION = 1;

export interface StateHeader {
  senderLensScanState: number;
  source: string;
  options: string;
}

export interface StoredRecord {
  key: string;
  mailbox: string;
  summary: MessageSummary;
  features: CampaignFeatures;
  /** Byte offset and length of the `analyze --json` line inside the state file. */
  offset: number;
  length: number;
}

export class StateError extends Error {
  override name = 'StateError';
}

const RESULT_FIELD = ',"result":';

/** What a record says of its message before the `analyze --json` line. */
export interface RecordHead {
  key: string;
  mailbox: string;
  summary: MessageSummary;
  features: CampaignFeatures;
}

/** A record's size in bytes and where the `analyze --json` line sits inside it. */
export interface RecordSizes {
  recordBytes: number;
  lineStart: number;
  lineBytes: number;
}

/** A record as it sits in the state file: its head and its sizes. */
export interface EncodedRecord extends RecordHead, RecordSizes {}

const headDecoder = new TextDecoder();

/**
 * The key, mailbox, summary and features at the start of an encoded record (what stateRecord() wrote before the
 * result line, `lineStart` bytes): how the main thread gets them from a worker's records buffer, with one JSON.parse
 * instead of a structured clone of the same objects next to the buffer.
 */
export function recordHead(record: Uint8Array, lineStart: number): RecordHead {
  return JSON.parse(`${headDecoder.decode(record.subarray(0, lineStart - RESULT_FIELD.length))}}`) as RecordHead;
}

/** The state-file record of one message (one JSON line ending in the verbatim `analyze --json` line). */
export function stateRecord(
  key: string,
  mailbox: string,
  summary: MessageSummary,
  features: CampaignFeatures,
  line: string,
): { text: string; bytes: number; lineStart: number; lineBytes: number } {
  const head = JSON.stringify({ key, mailbox, summary, features }).slice(0, -1) + RESULT_FIELD;
  const lineStart = Buffer.byteLength(head);
  const lineBytes = Buffer.byteLength(line);
  return { text: `${head}${line}}\n`, bytes: lineStart + lineBytes + 2, lineStart, lineBytes };
}

export class ScanState {
  readonly records: StoredRecord[] = [];
  private readonly keys = new Set<string>();
  private fd: number;
  private size: number;
  /** Records that came from an earlier run. */
  readonly resumed: number;

  /** Opens (or creates) the state file. `source`/`options` must match a file written by an earlier run. */
  constructor(
    readonly path: string,
    source: string,
    options: string,
  ) {
    const header: StateHeader = { senderLensScanState: VERSION, source, options };
    if (existsSync(path)) this.load(path, header);
    this.fd = openSync(path, 'a+');
    this.size = fstatSync(this.fd).size;
    if (this.size === 0) {
      this.size += writeSync(this.fd, `${JSON.stringify(header)}\n`);
    } else if (!this.endsWithNewline()) {
      this.size += writeSync(this.fd, '\n'); // a torn last record: start the next one on its own line
    }
    this.resumed = this.records.length;
  }

  private endsWithNewline(): boolean {
    const b = Buffer.alloc(1);
    readSync(this.fd, b, 0, 1, this.size - 1);
    return b[0] === 10;
  }

  private load(path: string, expected: StateHeader): void {
    const buf = readFileSync(path);
    let pos = 0;
    let first = true;
    while (pos < buf.length) {
      let eol = buf.indexOf(10, pos);
      if (eol < 0) eol = buf.length;
      const line = buf.subarray(pos, eol).toString('utf8');
      if (first) {
        let h: StateHeader | null = null;
        try {
          h = JSON.parse(line) as StateHeader;
        } catch {
          /* below */
        }
        if (!h || h.senderLensScanState !== VERSION) throw new StateError(`${path} is not a sender-lens scan state file`);
        if (h.source !== expected.source || h.options !== expected.options) {
          throw new StateError(`${path} belongs to another scan (${h.source}); use a new state file or the same SOURCE and options`);
        }
        first = false;
      } else if (eol < buf.length || line.endsWith('}')) {
        try {
          const r = JSON.parse(line) as { key: string; mailbox: string; summary: MessageSummary; features: CampaignFeatures };
          const at = line.indexOf(RESULT_FIELD);
          if (at > 0 && !this.keys.has(r.key)) {
            const offset = pos + Buffer.byteLength(line.slice(0, at + RESULT_FIELD.length));
            this.add(r.key, r.mailbox, r.summary, r.features, offset, Buffer.byteLength(line.slice(at + RESULT_FIELD.length, -1)));
          }
        } catch {
          /* a torn record: the message is analyzed again */
        }
      }
      pos = eol + 1;
    }
  }

  private add(key: string, mailbox: string, summary: MessageSummary, features: CampaignFeatures, offset: number, length: number): void {
    this.keys.add(key);
    this.records.push({ key, mailbox, summary, features, offset, length });
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  /** Appends one analyzed message (written before this returns: a crash after it loses nothing). */
  append(key: string, mailbox: string, summary: MessageSummary, features: CampaignFeatures, line: string): void {
    const rec = stateRecord(key, mailbox, summary, features, line);
    this.appendBatch(Buffer.from(rec.text), [
      { key, mailbox, summary, features, recordBytes: rec.bytes, lineStart: rec.lineStart, lineBytes: rec.lineBytes },
    ]);
  }

  /**
   * Appends the records of several analyzed messages, already encoded one after another in `bytes` (by a worker:
   * stateRecord()), with one write; they are on disk before this returns.
   */
  appendBatch(bytes: Uint8Array, entries: readonly EncodedRecord[]): void {
    let written = 0;
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written);
    let at = this.size;
    for (const e of entries) {
      this.add(e.key, e.mailbox, e.summary, e.features, at + e.lineStart, e.lineBytes);
      at += e.recordBytes;
    }
    if (at !== this.size + bytes.length) throw new Error('state records and their sizes disagree');
    this.size += bytes.length;
  }

  /** The stored `analyze --json` line of a record. */
  line(r: StoredRecord): string {
    const b = Buffer.alloc(r.length);
    readSync(this.fd, b, 0, r.length, r.offset);
    return b.toString('utf8');
  }

  close(): void {
    closeSync(this.fd);
  }
}
