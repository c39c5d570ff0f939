/**
 * Body canonicalization (RFC 6376 3.4.3 simple, 3.4.4 relaxed) in one linear pass over the raw bytes into
 * a single pre-sized buffer (WebCrypto has no streaming digest). Line ends: CRLF or bare LF (a bare LF is
 * read as CRLF, as an MTA would have written it).
 */
import type { Canon } from './canon-header.js';

const CR = 0x0d;
const LF = 0x0a;
const SP = 0x20;
const TAB = 0x09;

/** Counts bare LFs so the output buffer can be sized exactly once (each may gain a CR). */
function countLf(raw: Uint8Array, start: number): number {
  let n = 0;
  let i = raw.indexOf(LF, start);
  while (i >= 0) {
    n++;
    i = raw.indexOf(LF, i + 1);
  }
  return n;
}

/**
 * Returns the canonical body. Trailing empty lines are removed (3.4.3 / 3.4.4); "simple" turns an empty
 * body into one CRLF, "relaxed" leaves it empty (RFC 6376 errata 3192 / 3.4.4).
 */
export function canonicalizeBody(raw: Uint8Array, bodyOffset: number, canon: Canon): Uint8Array {
  const start = Math.min(Math.max(0, bodyOffset), raw.length);
  const out = new Uint8Array(raw.length - start + countLf(raw, start) + 2);
  let o = 0;
  /** Output length after the last line that had content: trailing empty lines are cut back to it. */
  let keep = 0;
  let pos = start;
  const end = raw.length;
  while (pos < end) {
    let lf = raw.indexOf(LF, pos);
    const hasEol = lf >= 0;
    if (!hasEol) lf = end;
    let lineEnd = lf;
    if (hasEol && lineEnd > pos && raw[lineEnd - 1] === CR) lineEnd--;
    if (canon === 'simple') {
      if (lineEnd > pos) {
        out.set(raw.subarray(pos, lineEnd), o);
        o += lineEnd - pos;
        out[o++] = CR;
        out[o++] = LF;
        keep = o;
      } else {
        out[o++] = CR;
        out[o++] = LF;
      }
    } else {
      // 3.4.4: WSP runs become one SP; WSP at the end of the line is deleted.
      let pendingWsp = false;
      const lineStartOut = o;
      for (let i = pos; i < lineEnd; i++) {
        const c = raw[i] as number;
        if (c === SP || c === TAB) {
          pendingWsp = true;
        } else {
          if (pendingWsp) {
            out[o++] = SP;
            pendingWsp = false;
          }
          out[o++] = c;
        }
      }
      const nonEmpty = o > lineStartOut;
      out[o++] = CR;
      out[o++] = LF;
      if (nonEmpty) keep = o;
    }
    pos = hasEol ? lf + 1 : end;
  }
  if (keep === 0) {
    if (canon === 'relaxed') return out.subarray(0, 0);
    out[0] = CR;
    out[1] = LF;
    return out.subarray(0, 2);
  }
  return out.subarray(0, keep);
}
