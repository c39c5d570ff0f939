/**
 * Lines as postal-mime 4.0.0 reads them (postal-mime.js readLine): a line runs up to and including its LF, and its
 * content stops before the trailing CR and LF bytes. part-tree.ts cuts lines with these two functions (body-bytes.ts
 * relies on CRLF-normalised bodies, where a line's content is what comes before its CRLF).
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
