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

// Character codes (compared as numbers: no one-character string per step).
const SP = 32;
const TAB = 9;
const CR = 13;
const LF = 10;
const SEMI = 59;
const OPEN = 40;
const CLOSE = 41;
const BACKSLASH = 92;
const DQUOTE = 34;
const LBRACKET = 91;

const isSpace = (c: number): boolean => c === SP || c === TAB || c === CR || c === LF;

export function tokenizeReceived(input: string): RToken[] {
  const s = input.length > MAX_VALUE ? input.slice(0, MAX_VALUE) : input;
  const out: RToken[] = [];
  let i = 0;
  while (i < s.length && out.length < MAX_TOKENS) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === SEMI) {
      out.push({ kind: 'semi', text: ';', start: i });
      i++;
      continue;
    }
    if (c === OPEN) {
      const start = i;
      let depth = 0;
      let j = i;
      for (; j < s.length; j++) {
        const ch = s.charCodeAt(j);
        if (ch === BACKSLASH) {
          j++;
          continue;
        }
        if (ch === OPEN) depth++;
        else if (ch === CLOSE) {
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
      const ch = s.charCodeAt(j);
      if (isSpace(ch) || ch === SEMI || ch === OPEN) break;
      if (ch === DQUOTE) {
        const end = s.indexOf('"', j + 1);
        j = end < 0 ? s.length : end + 1;
        continue;
      }
      if (ch === LBRACKET) {
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
