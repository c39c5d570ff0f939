/**
 * Splits a Received header value (RFC 5321 section 4.4 Time-stamp-line, plus the many real-world variants) into
 * top-level words, comments and semicolons. Comments nest (RFC 5322 3.2.2); quoted strings and `[...]` literals
 * stay inside one word. Bounded: at most MAX_TOKENS tokens and MAX_VALUE chars are looked at.
 */

export interface RToken {
  kind: 'word' | 'comment' | 'semi';
  /** Word text, or the comment's inner text without the outer parentheses. */
  text: string;
  /** Offset of the token in the value (for slicing out the date). */
  start: number;
}

export const MAX_VALUE = 8192;
const MAX_TOKENS = 400;

export function tokenizeReceived(input: string): RToken[] {
  const s = input.length > MAX_VALUE ? input.slice(0, MAX_VALUE) : input;
  const out: RToken[] = [];
  let i = 0;
  while (i < s.length && out.length < MAX_TOKENS) {
    const c = s[i]!;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
      continue;
    }
    if (c === ';') {
      out.push({ kind: 'semi', text: ';', start: i });
      i++;
      continue;
    }
    if (c === '(') {
      const start = i;
      let depth = 0;
      let j = i;
      for (; j < s.length; j++) {
        const ch = s[j];
        if (ch === '\\') {
          j++;
          continue;
        }
        if (ch === '(') depth++;
        else if (ch === ')') {
          depth--;
          if (depth === 0) break;
        }
      }
      out.push({ kind: 'comment', text: s.slice(i + 1, Math.min(j, s.length)), start });
      i = j + 1;
      continue;
    }
    const start = i;
    let j = i;
    while (j < s.length) {
      const ch = s[j]!;
      if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n' || ch === ';' || ch === '(') break;
      if (ch === '"') {
        const end = s.indexOf('"', j + 1);
        j = end < 0 ? s.length : end + 1;
        continue;
      }
      if (ch === '[') {
        const end = s.indexOf(']', j + 1);
        j = end < 0 ? s.length : end + 1;
        continue;
      }
      j++;
    }
    out.push({ kind: 'word', text: s.slice(start, j), start });
    i = j;
  }
  return out;
}
