/**
 * Lines as postal-mime 4.0.0 reads them (postal-mime.js readLine): a line runs up to and including its LF, and its
 * content stops before the trailing CR and LF bytes. The modules that decode what postal-mime would (single-part.ts,
 * alternative-parts.ts, body-bytes.ts) cut lines with these two functions so they all cut them the same way.
 */

const CR = 13;
const LF = 10;

/** Offset of the line after the one starting at `pos` (the buffer's end for the last line). */
export function nextLine(buf: Uint8Array, pos: number): number {
  const nl = buf.indexOf(LF, pos);
  return nl < 0 ? buf.length : nl + 1;
}

/** End of the content of the line from `pos` to `next`: its trailing CR and LF bytes left out. */
export function contentEnd(buf: Uint8Array, pos: number, next: number): number {
  let end = next;
  while (end > pos && (buf[end - 1] === LF || buf[end - 1] === CR)) end--;
  return end;
}

/** Offset just after the empty line that ends the header (RFC 5322 section 2.1), or -1 when no line is empty. */
export function headerEnd(raw: Uint8Array): number {
  for (let pos = 0; pos < raw.length;) {
    const next = nextLine(raw, pos);
    if (contentEnd(raw, pos, next) === pos) return next;
    pos = next;
  }
  return -1;
}
