/**
 * The bytes handed to postal-mime. Text parts without a content transfer encoding (7bit, 8bit, binary: the most
 * common shape) are handed over as base64 instead: one line holding exactly the bytes postal-mime's pass-through
 * decoder would have made of the body (each line plus "\n", body-bytes.ts), which postal-mime decodes many times
 * faster.
 *
 * Why: postal-mime's pass-through decoder keeps every body line as two Blob parts (the line and a "\n"), and
 * reading a Blob back in Node costs an async step per part: a 3,000-line plain-text body took ~30 ms; each line is
 * also an awaited step of its parser. One base64 line is one step, one TextDecoder call and one regex pass. (Its
 * quoted-printable decoder, used here before, allocates a 100 KB buffer per part: most of the parse time of a
 * short message, and garbage-collector work.) A Content-Transfer-Encoding field is put first in the part's header,
 * because postal-mime takes the first occurrence of a content header (the original one, if any, is ignored).
 *
 * Base64 bodies (any part type) just lose their line breaks but the last. postal-mime's base64 decoder strips every
 * character outside the base64 alphabet from each line and joins what is left across lines (base64-decoder.js),
 * so one long line decodes to the same bytes, with one awaited step instead of one per 76-character line.
 *
 * The root header keeps only its content fields: they are all postal-mime reads for the bodies and attachments
 * parse-message.ts takes from it. Every other field (Received, DKIM-Signature, and From, To, Subject, Date...,
 * whose summary this analysis does not read: it takes its header data from its own parser) cost postal-mime an
 * awaited step per line, and its address, encoded-word and date parsing, for nothing.
 *
 * To know which lines belong to which part, the lines are walked the way postal-mime walks them (mime-tree.ts:
 * same line split, boundary matching and part nesting). Anything the walk does not model exactly (a content
 * field with a comment, duplicated, RFC 2231 or unusual parameters) leaves the whole message as it is.
 */

/**
 * The postal-mime release whose decoders this module mirrors (package.json pins exactly this version). Before moving
 * the pin: read the new release's decoders, re-run tests/fuzz/postal-input-equivalence.test.ts, then update both.
 */
export const MIRRORED_POSTAL_MIME_VERSION = '4.0.0';

import { walkMimeLines } from './mime-tree.js';
import { base64Length, passThroughBytes, writeBase64 } from './body-bytes.js';

const PREFIX = new TextEncoder().encode('Content-Transfer-Encoding: base64\r\n');
const CR = 13;
const LF = 10;

export interface PostalInput {
  bytes: Uint8Array;
  /** Header bytes added in front (postal-mime counts them against maxHeadersSize: the limit is raised by as much). */
  addedHeaderBytes: number;
}

/** Key of a field as postal-mime makes it: up to the first colon (whole line without one), SP/HT trimmed, lower case. */
function fieldKey(raw: Uint8Array, start: number, end: number): string {
  let e = raw.indexOf(58, start);
  if (e < 0 || e > end) e = end;
  let a = start;
  while (a < e && (raw[a] === 32 || raw[a] === 9)) a++;
  while (e > a && (raw[e - 1] === 32 || raw[e - 1] === 9)) e--;
  if (e - a > 64) return ''; // longer than any content field name read
  let key = '';
  for (let i = a; i < e; i++) key += String.fromCharCode(raw[i]! >= 65 && raw[i]! <= 90 ? raw[i]! + 32 : raw[i]!);
  return key;
}

/** Byte ranges of root header fields other than content fields (fields grouped as postal-mime groups them). */
function droppedRootFields(raw: Uint8Array): Array<[number, number]> {
  const drops: Array<[number, number]> = [];
  let field = -1;
  let fieldEnd = -1; // end of the field's first line content (where its key is)
  const close = (at: number) => {
    if (field < 0) return;
    const key = fieldKey(raw, field, fieldEnd);
    if (!key.startsWith('content-')) drops.push([field, at]);
  };
  for (let pos = 0; pos < raw.length;) {
    const nl = raw.indexOf(LF, pos);
    const next = nl < 0 ? raw.length : nl + 1;
    let end = next;
    while (end > pos && (raw[end - 1] === LF || raw[end - 1] === CR)) end--;
    if (end === pos) {
      close(pos);
      return drops;
    } // the empty line ending the header
    if (field >= 0 && (raw[pos] === 32 || raw[pos] === 9)) {
      pos = next;
      continue;
    } // folded continuation
    close(pos);
    field = pos;
    fieldEnd = end;
    pos = next;
  }
  return []; // no body: left as it is
}

/** End of the body without its final CRLF (kept as its one line break). */
function lastBreak(body: Uint8Array): number {
  const n = body.length;
  return n >= 2 && body[n - 2] === CR && body[n - 1] === LF ? n - 2 : n;
}

/** CRLFs before the last one, or -1 when the body has a CR outside a CRLF. */
function joinedBreaks(body: Uint8Array): number {
  const end = lastBreak(body);
  let n = 0;
  for (let i = body.indexOf(CR); i >= 0; i = body.indexOf(CR, i + 1)) {
    if (body[i + 1] !== LF) return -1;
    if (i < end) n++;
  }
  return n;
}

/** Line breaks a base64 body loses (all but the last), or -1 when it is left as it is. */
function base64Breaks(body: Uint8Array): number {
  // A joined line starting with `--` could match a boundary its pieces did not: such a body keeps its lines.
  if (body[0] === 0x2d && body[1] === 0x2d) return -1;
  return joinedBreaks(body);
}

/** `body` without its CRLFs but the last (base64Breaks(body) >= 0). */
function copyUnbroken(body: Uint8Array, out: Uint8Array, o: number): number {
  const end = lastBreak(body);
  let from = 0;
  for (let cr = body.indexOf(CR); cr >= 0 && cr < end; cr = body.indexOf(CR, from)) {
    out.set(body.subarray(from, cr), o);
    o += cr - from;
    from = cr + 2;
  }
  out.set(body.subarray(from), o);
  return o + body.length - from;
}

/**
 * `raw` is CRLF-normalised. `maxHeadersSize` is the limit postal-mime gets: a message at least that long is left
 * as it is, so the added header bytes (the limit is raised by as much) cannot change whether postal-mime throws.
 */
export function postalInput(raw: Uint8Array, maxHeadersSize: number): PostalInput {
  const unchanged = { bytes: raw, addedHeaderBytes: 0 };
  if (raw.length >= maxHeadersSize) return unchanged;
  const plan = walkMimeLines(raw);
  if (plan === null) return unchanged;
  const drops = droppedRootFields(raw);
  const unbroken: Array<[number, number]> = [];
  let size = raw.length + plan.prefixAt.length * PREFIX.length;
  for (const [a, b] of plan.base64) {
    const breaks = base64Breaks(raw.subarray(a, b));
    if (breaks <= 0) continue;
    unbroken.push([a, b]);
    size -= 2 * breaks;
  }
  if (plan.prefixAt.length === 0 && drops.length === 0 && unbroken.length === 0) return unchanged;
  for (const [a, b] of drops) size -= b - a;
  // Each text body becomes one base64 line of what postal-mime's pass-through decoder would have made of it.
  const decoded = plan.bodies.map(([a, b]) => {
    const bytes = passThroughBytes(raw.subarray(a, b));
    size += base64Length(bytes.length) + 2 - (b - a);
    return bytes;
  });
  const out = new Uint8Array(size);
  // Prefixes, dropped fields and bodies are in message order (a prefix before whatever starts at its offset).
  type Event = { at: number; kind: 0 | 1 | 2 | 3; end: number; body: number };
  const events: Event[] = [
    ...plan.prefixAt.map((at): Event => ({ at, kind: 0, end: at, body: -1 })),
    ...drops.map(([at, end]): Event => ({ at, kind: 1, end, body: -1 })),
    ...plan.bodies.map(([at, end], i): Event => ({ at, kind: 2, end, body: i })),
    ...unbroken.map(([at, end]): Event => ({ at, kind: 3, end, body: -1 })),
  ].sort((x, y) => x.at - y.at || x.kind - y.kind);
  let o = 0;
  let from = 0;
  for (const e of events) {
    out.set(raw.subarray(from, e.at), o);
    o += e.at - from;
    from = e.at;
    if (e.kind === 0) {
      out.set(PREFIX, o);
      o += PREFIX.length;
    } else if (e.kind === 1) {
      from = e.end;
    } else if (e.kind === 2) {
      o = writeBase64(decoded[e.body]!, out, o);
      out[o++] = CR;
      out[o++] = LF;
      from = e.end;
    } else {
      o = copyUnbroken(raw.subarray(e.at, e.end), out, o);
      from = e.end;
    }
  }
  out.set(raw.subarray(from), o);
  o += raw.length - from;
  if (o !== size) throw new Error('postal-input: size mismatch'); // cannot happen; parse-message falls back to headers only
  return { bytes: out, addedHeaderBytes: plan.prefixAt.length * (PREFIX.length - 2) };
}
