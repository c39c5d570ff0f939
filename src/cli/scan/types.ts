/** Shared types of `sender-lens scan`: what a source yields, what a worker returns, what goes wrong. */

/** One message read from a source, ready to be analyzed. */
export interface ScanItem {
  /** Stable identity inside the source (resume key): Maildir unique name, mbox offset, eml path, IMAP UIDVALIDITY/UID. */
  key: string;
  /** The mailbox it came from (Maildir folder, mbox file, directory, IMAP mailbox URL). */
  mailbox: string;
  /** What is printed as `file` in the JSON line (path, `mbox#offset`, or IMAP URL with ;UID= as in RFC 5092). */
  file: string;
  /** The message bytes; absent when the source gave `path` instead (ReadContext.deferRead). */
  raw?: Uint8Array;
  /** A message file the worker reads itself (size limit and read errors checked there). */
  path?: string;
}

export type FaultKind = 'corrupt' | 'oversize' | 'read-error' | 'disconnect' | 'timeout' | 'server-error' | 'worker-error';

/** Something that did not stop the scan but is counted and listed in the summary. */
export interface ScanFault {
  kind: FaultKind;
  /** Where: a file, an mbox offset, an IMAP UID or the server. */
  where: string;
  detail: string;
}

export interface ReadContext {
  /** True when the message with this key was analyzed by an earlier run (--resume): do not read it. */
  skip(key: string): boolean;
  fault(f: ScanFault): void;
  /** Messages larger than this are not read (fault `oversize`). */
  maxBytes: number;
  /** File sources (Maildir, .eml folder) give the path instead of reading the file: a worker thread reads it. */
  deferRead?: boolean;
}

export interface MessageSource {
  /** Messages in a stable order (so resumed runs and output are deterministic). */
  messages(ctx: ReadContext): AsyncIterable<ScanItem>;
  /** Number of messages, once known (for the progress bar); null when unknown (mbox before its end). */
  total(): number | null;
  close(): Promise<void>;
}

/** What the analysis of one message contributes to campaign grouping (computed in the worker). */
export interface CampaignFeatures {
  /** Registrable domain of the From address, or null. */
  sender: string | null;
  /** Link targets reduced to host + path, tracking tokens and query removed. */
  links: string[];
  /** Origin IP (or ASN when known) + From address: same sender on the same infrastructure. */
  infra: string | null;
  /** From registrable domain + the subject normalised (recipient names, digits, case removed). */
  senderSubject: string | null;
  /** MinHash signature over word shingles of the body text, or null when the body is too short. */
  minhash: number[] | null;
}

/** The per-message facts the summary, CSV and HTML report show (the JSON line has everything). */
export interface MessageSummary {
  file: string;
  verdict: 'danger' | 'caution' | 'ok' | 'unknown';
  score: number;
  from: string;
  subject: string;
  date: string | null;
  recipients: string[];
  findings: string[];
}

/** A worker's answer for one message. `line` is exactly what `analyze --json` prints for it (JSON text). */
export interface AnalyzedMessage {
  line: string;
  summary: MessageSummary;
  features: CampaignFeatures;
}
