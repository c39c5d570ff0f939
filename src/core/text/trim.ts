/**
 * Linear-time trimming of untrusted text. `s.replace(/[ \t]+$/, '')` looks harmless but backtracks: the engine
 * retries the run from every position, so 100,000 spaces followed by a letter cost O(n²) (seconds). These loops
 * walk back once from the end.
 */
function trimEndWhere(s: string, drop: (c: number) => boolean): string {
  let end = s.length;
  while (end > 0 && drop(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

const isWsp = (c: number) => c === 0x20 || c === 0x09;
const isWspOrLineEnd = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
/** `\s` of JavaScript regular expressions (ECMAScript WhiteSpace + LineTerminator), for compatibility with old code. */
export const isJsSpace = (c: number): boolean =>
  (c >= 0x09 && c <= 0x0d) ||
  c === 0x20 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** Drops trailing SP/HTAB (RFC 5322 WSP). */
export const trimEndWsp = (s: string): string => trimEndWhere(s, isWsp);
/** Drops trailing SP/HTAB/CR/LF. */
export const trimEndWspCrlf = (s: string): string => trimEndWhere(s, isWspOrLineEnd);
/** Drops trailing `>` and whitespace: the end of `user@example.jp> ` as cut out of an angle-addr. */
export const trimEndAngleAndSpace = (s: string): string => trimEndWhere(s, (c) => c === 0x3e || isJsSpace(c));
/** Drops trailing `=` (base64 padding). */
export const trimEndPadding = (s: string): string => trimEndWhere(s, (c) => c === 0x3d);

/** The text between the first `<` and the next `>` after it, else the whole text; trimmed. Linear. */
export function angleContent(v: string): string {
  const open = v.indexOf('<');
  if (open < 0) return v.trim();
  const close = v.indexOf('>', open + 1);
  return close < 0 ? v.trim() : v.slice(open + 1, close).trim();
}
