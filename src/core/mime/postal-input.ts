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

import { walkMimeLines } from './mime-tree.js';

const PREFIX = new TextEncoder().encode('Content-Transfer-Encoding: quoted-printable\r\n');
const EQ = 0x3d;
const ESCAPED_EQ = new TextEncoder().encode('=3D');

export interface PostalInput {
  bytes: Uint8Array;
  /** Header bytes added in front (postal-mime counts them against maxHeadersSize: the limit is raised by as much). */
  addedHeaderBytes: number;
}

/** Copies `body` to `out` at `o` with every `=` written as `=3D`; returns the new offset. */
function copyEscaped(body: Uint8Array, out: Uint8Array, o: number): number {
  let from = 0;
  for (let i = body.indexOf(EQ); i >= 0; i = body.indexOf(EQ, i + 1)) {
    out.set(body.subarray(from, i), o);
    o += i - from;
    out.set(ESCAPED_EQ, o);
    o += 3;
    from = i + 1;
  }
  out.set(body.subarray(from), o);
  return o + body.length - from;
}

function countEquals(body: Uint8Array): number {
  let n = 0;
  for (let i = body.indexOf(EQ); i >= 0; i = body.indexOf(EQ, i + 1)) n++;
  return n;
}

/**
 * `raw` is CRLF-normalised. `maxHeadersSize` is the limit postal-mime gets: a message at least that long is left
 * as it is, so the added header bytes (the limit is raised by as much) cannot change whether postal-mime throws.
 */
export function postalInput(raw: Uint8Array, maxHeadersSize: number): PostalInput {
  const unchanged = { bytes: raw, addedHeaderBytes: 0 };
  if (raw.length >= maxHeadersSize) return unchanged;
  const plan = walkMimeLines(raw);
  if (plan === null || plan.prefixAt.length === 0) return unchanged;
  let size = raw.length + plan.prefixAt.length * PREFIX.length;
  for (const [a, b] of plan.bodies) size += 2 * countEquals(raw.subarray(a, b)); // views: each scan stays in its body
  const out = new Uint8Array(size);
  // Prefixes and bodies are in message order and a part's prefix comes before its body.
  const events = [...plan.prefixAt.map((at) => ({ at, body: null as [number, number] | null })), ...plan.bodies.map((b) => ({ at: b[0], body: b }))]
    .sort((x, y) => x.at - y.at || (x.body ? 1 : 0) - (y.body ? 1 : 0));
  let o = 0;
  let from = 0;
  for (const e of events) {
    out.set(raw.subarray(from, e.at), o);
    o += e.at - from;
    from = e.at;
    if (e.body) {
      o = copyEscaped(raw.subarray(e.body[0], e.body[1]), out, o);
      from = e.body[1];
    } else {
      out.set(PREFIX, o);
      o += PREFIX.length;
    }
  }
  out.set(raw.subarray(from), o);
  return { bytes: out, addedHeaderBytes: plan.prefixAt.length * (PREFIX.length - 2) };
}
