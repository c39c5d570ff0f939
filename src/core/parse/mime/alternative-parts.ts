/**
 * A multipart/alternative message whose parts are all text/plain or text/html of the shape single-part.ts models
 * (the usual "plain + HTML" newsletter or notification), decoded here exactly as postal-mime 4.0.0 decodes it, so
 * that postal-mime is not run for it at all (see single-part.ts for why).
 *
 * postal-mime's path (postal-mime.js processLine/collectNode/renderTextContent): every line after the root header
 * that matches `--boundary` (optionally `--`, then only SP/HT) starts a part; the closing one ends the last part,
 * and lines before the first part and after the closing one are the root's own (unused) body. Each part's text is
 * filed under the alternative, and `text` is its text/plain parts joined with "\n", `html` its text/html parts.
 * Anything else (another root type, a nested multipart, a part of another shape, no part at all, a non-ASCII or
 * unusual boundary) returns null and postal-mime parses the message.
 */
import { CONTENT_TYPE, PARAM, fields, matchesBoundary } from './mime-tree.js';
import { textLeaf, type SinglePartText } from './single-part.js';
import { contentEnd, headerEnd, nextLine } from './lines.js';

const DASH = 0x2d;

/** The boundary of a root multipart/alternative header as ASCII bytes, or null. */
function alternativeBoundary(raw: Uint8Array, end: number): Uint8Array | null {
  const types = fields(raw, 0, end).filter(([k]) => k === 'content-type');
  if (types.length !== 1 || types[0]![1].includes('(')) return null;
  const m = CONTENT_TYPE.exec(types[0]![1]);
  if (!m || m[1]!.toLowerCase() !== 'multipart' || m[2]!.toLowerCase() !== 'alternative') return null;
  let boundary: string | undefined;
  for (const p of m[3]!.matchAll(PARAM)) if (p[1]!.toLowerCase() === 'boundary') boundary ??= p[2] ?? p[3]!;
  if (!boundary || /[^ -~]/.test(boundary)) return null; // postal-mime compares UTF-8 bytes: ASCII only here
  return Uint8Array.from(boundary, (c) => c.charCodeAt(0));
}

/**
 * `raw` is CRLF-normalised and shorter than the maxHeadersSize postal-mime would get; `maxNestingDepth` is the one
 * it gets (its parts are at depth 1). Returns null when the message is not of the modelled shape.
 */
export function alternativeText(raw: Uint8Array, maxNestingDepth: number): SinglePartText | null {
  if (maxNestingDepth < 1) return null;
  const start = headerEnd(raw);
  if (start < 0) return null;
  const boundary = alternativeBoundary(raw, start);
  if (boundary === null) return null;
  const parts: Array<[number, number]> = [];
  let partStart = -1;
  for (let pos = start; pos < raw.length;) {
    const next = nextLine(raw, pos);
    if (raw[pos] === DASH && raw[pos + 1] === DASH) {
      const end = contentEnd(raw, pos, next);
      const kind = end - pos > 2 ? matchesBoundary(raw, pos, end - pos, boundary) : null;
      if (kind !== null) {
        if (partStart >= 0) parts.push([partStart, pos]);
        partStart = -1;
        if (kind === 'end') break;
        partStart = next;
      }
    }
    pos = next;
  }
  if (partStart >= 0) parts.push([partStart, raw.length]);
  if (parts.length === 0) return null;
  const plain: string[] = [];
  const html: string[] = [];
  for (const [a, b] of parts) {
    const leaf = textLeaf(raw.subarray(a, b));
    if (leaf === null) return null;
    (leaf.html ? html : plain).push(leaf.text);
  }
  return { text: plain.join('\n'), html: html.join('\n') };
}
