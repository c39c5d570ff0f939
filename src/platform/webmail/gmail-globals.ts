/**
 * Reads `GLOBALS[9]` (the account's `ik` key that Gmail's "Show original" URL needs) from the text of Gmail's inline
 * bootstrap script `var GLOBALS=[...]`. Content scripts cannot read page variables, and page variables are forgeable
 * anyway, so the text is scanned with a bounded tokenizer and the value validated by shape.
 */

/** Characters scanned after `GLOBALS=[` before giving up. */
export const MAX_GLOBALS_SCAN = 256 * 1024;
const IK_RE = /^[0-9a-f]{6,16}$/;

/** The n-th top-level element (0-based) of the JSON-ish array literal starting at `text[open] === '['`, as source text. */
export function nthArrayElement(text: string, open: number, n: number, maxScan = MAX_GLOBALS_SCAN): string | null {
  if (text[open] !== '[') return null;
  const end = Math.min(text.length, open + maxScan);
  let depth = 0;
  let index = 0;
  let start = open + 1;
  let quote: string | null = null;
  for (let i = open; i < end; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return index === n ? text.slice(start, i).trim() : null;
    } else if (c === ',' && depth === 1) {
      if (index === n) return text.slice(start, i).trim();
      index++;
      start = i + 1;
    }
  }
  return null;
}

/** `ik` from `GLOBALS=[...]` in the given script text, or null when absent or not shaped like one. */
export function gmailIkFromScripts(scripts: string): string | null {
  const m = /\bGLOBALS\s*=\s*\[/.exec(scripts);
  if (!m) return null;
  const el = nthArrayElement(scripts, m.index + m[0].length - 1, 9);
  if (!el) return null;
  const s = /^"([^"\\]*)"$/.exec(el)?.[1] ?? null;
  return s !== null && IK_RE.test(s) ? s : null;
}
