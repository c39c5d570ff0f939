/**
 * The bytes handed to postal-mime. Text parts without a content transfer encoding (7bit, 8bit, binary: the most
 * common shape) are handed over as quoted-printable instead, which postal-mime decodes to exactly the same bytes,
 * many times faster.
 *
 * Why: postal-mime's pass-through decoder keeps every body line as two Blob parts (the line and a "\n"), and
 * reading a Blob back in Node costs an async step per part: a 3,000-line plain-text body took ~30 ms. Its
 * quoted-printable decoder copies lines into 100 KB chunks instead. For a line without `=` it outputs the line
 * plus "\n", the same as pass-through; so every `=` is written as `=3D` (decoded back to `=`, and no line then
 * ends in a soft-break `=`). A Content-Transfer-Encoding field is put first in the part's header, because
 * postal-mime takes the first occurrence of a content header (the original one, if any, is ignored).
 *
 * To know which lines belong to which part, the lines are walked the way postal-mime walks them (mime-tree.ts:
 * same line split, boundary matching and part nesting). Anything the walk does not model exactly (a content
 * field with a comment, duplicated, RFC 2231 or unusual parameters) leaves the whole message as it is.
 */

import { walkMimeLines, type MimeLine } from './mime-tree.js';

const PREFIX = new TextEncoder().encode('Content-Transfer-Encoding: quoted-printable\r\n');
const EQ = 0x3d;
const ESCAPED_EQ = new TextEncoder().encode('=3D');

export interface PostalInput {
  bytes: Uint8Array;
  /** Header bytes added in front (postal-mime counts them against maxHeadersSize: the limit is raised by as much). */
  addedHeaderBytes: number;
}

/** Copies `line` to `out` at `o` with every `=` written as `=3D`; returns the new offset. */
function escapeEquals(line: Uint8Array, out: Uint8Array, o: number): number {
  let from = 0;
  for (let i = line.indexOf(EQ); i >= 0; i = line.indexOf(EQ, i + 1)) {
    out.set(line.subarray(from, i), o);
    o += i - from;
    out.set(ESCAPED_EQ, o);
    o += 3;
    from = i + 1;
  }
  out.set(line.subarray(from), o);
  return o + line.length - from;
}

function countEquals(line: Uint8Array): number {
  let n = 0;
  for (let i = line.indexOf(EQ); i >= 0; i = line.indexOf(EQ, i + 1)) n++;
  return n;
}

/**
 * `raw` is CRLF-normalised. `maxHeadersSize` is the limit postal-mime gets: a message at least that long is left
 * as it is, so the added header bytes (the limit is raised by as much) cannot change whether postal-mime throws.
 */
export function postalInput(raw: Uint8Array, maxHeadersSize: number): PostalInput {
  const unchanged = { bytes: raw, addedHeaderBytes: 0 };
  if (raw.length >= maxHeadersSize) return unchanged;
  const lines: MimeLine[] | null = walkMimeLines(raw);
  if (lines === null) return unchanged;
  let parts = 0;
  let size = raw.length;
  for (const l of lines) {
    if (l.startsRewrittenPart) { parts++; size += PREFIX.length; }
    if (l.escape) size += 2 * countEquals(raw.subarray(l.start, l.end));
  }
  if (parts === 0) return unchanged;
  const out = new Uint8Array(size);
  let o = 0;
  for (const l of lines) {
    if (l.startsRewrittenPart) { out.set(PREFIX, o); o += PREFIX.length; }
    if (l.escape) o = escapeEquals(raw.subarray(l.start, l.end), out, o);
    else { out.set(raw.subarray(l.start, l.end), o); o += l.end - l.start; }
    out.set(raw.subarray(l.end, l.next), o); // the line break
    o += l.next - l.end;
  }
  return { bytes: out, addedHeaderBytes: parts * (PREFIX.length - 2) };
}
