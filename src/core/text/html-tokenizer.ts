/**
 * A tolerant, linear HTML tokenizer for reading links and visible text out of untrusted mail HTML without a DOM.
 * It is not a conforming HTML parser: it recognises start/end tags with attributes, comments, doctype and
 * processing instructions, and skips the raw text of <script>/<style> (kept separately for callers that want
 * to scan scripts). Every step advances the cursor, so the work is O(n) in the input length.
 */
import { decodeEntities } from './html-entities.js';

export type HtmlToken =
  | { type: 'start'; name: string; attrs: ReadonlyMap<string, string>; selfClosing: boolean }
  | { type: 'end'; name: string }
  | { type: 'text'; text: string }
  | { type: 'rawtext'; name: string; text: string };

/** Attributes kept per tag: more is hostile input, the rest are ignored. */
const MAX_ATTRS = 64;
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);
/** The attributes of every tag that has none (read-only: one Map per tag was most of the tokenizer's garbage). */
const NO_ATTRS: ReadonlyMap<string, string> = new Map();

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12; // ' ' \t \n \r \f
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The only characters whose lower case is not one character for one, whatever surrounds it (checked over every code
 * point): İ (U+0130) becomes two, Σ (U+03A3) depends on the letters around it (final sigma). Without them, a slice of
 * the lower-cased text is the lower-cased slice, so tag names are lower-cased one by one instead of the whole text
 * (that copy was half of the tokenizer's time); with them the whole text is lower-cased as before.
 */
const CONTEXT_CASE = /[\u0130\u03a3]/;

/** Where `</name` (any case) starts at or after `from` in `s`, or -1; `name` is lower-case. */
function closeTagIndex(s: string, name: string, from: number): number {
  for (let k = s.indexOf('</', from); k >= 0; k = s.indexOf('</', k + 1)) {
    if (s.slice(k + 2, k + 2 + name.length).toLowerCase() === name) return k;
  }
  return -1;
}

// Character codes compared in the loops below (charCodeAt: no one-character strings made per step).
const GT = 62; // >
const SLASH = 47; // /
const EQUALS = 61; // =
const BANG = 33; // !
const QUESTION = 63; // ?
const DQUOTE = 34; // "
const SQUOTE = 39; // '

/** Tokenizes `html` up to `maxChars` characters. */
export function tokenizeHtml(html: string, maxChars: number = html.length): HtmlToken[] {
  return tokenize(html, maxChars, null);
}

/**
 * A whole tokenization with its resume points: `marks` holds pairs (position, number of tokens before it), one every
 * MARK_EVERY characters or so, at a position where the scan stood between tokens (every token before it was read from
 * characters before it). Tokenizing a prefix of the HTML gives those tokens too, so a prefix is tokenized from its last
 * mark on (tokenizePrefix) instead of from the start.
 */
export interface MarkedTokens {
  tokens: HtmlToken[];
  marks: number[];
}
const MARK_EVERY = 4096;

export function tokenizeMarked(html: string): MarkedTokens {
  const marks: number[] = [];
  return { tokens: tokenize(html, html.length, marks), marks };
}

/**
 * `tokenizeHtml(html, maxChars)` from a whole tokenization of `html`: its tokens up to the last mark at or before
 * `maxChars`, then the rest of the prefix tokenized alone. The same tokens (the scan from a mark reads nothing before
 * it; tested against tokenizeHtml); readers with smaller caps than the HTML no longer tokenize their prefix again.
 */
export function tokenizePrefix(html: string, whole: MarkedTokens, maxChars: number): HtmlToken[] {
  if (maxChars >= html.length) return whole.tokens;
  const { marks } = whole;
  let k = -1;
  if (Number.isInteger(maxChars)) for (let m = 0; m < marks.length && marks[m]! <= maxChars; m += 2) k = m;
  if (k < 0) return tokenizeHtml(html, maxChars);
  return [...whole.tokens.slice(0, marks[k + 1]), ...tokenizeHtml(html.slice(marks[k], maxChars))];
}

function tokenize(html: string, maxChars: number, marks: number[] | null): HtmlToken[] {
  const s = html.length > maxChars ? html.slice(0, Math.max(0, maxChars)) : html;
  const lower = CONTEXT_CASE.test(s) ? s.toLowerCase() : null;
  // Lower-cased through the whole text (İ, Σ), positions depend on what came before: no resume points.
  if (lower) marks = null;
  let nextMark = MARK_EVERY;
  let rawEnd = -1;
  const lowerSlice = (a: number, b: number): string => (lower ? lower.slice(a, b) : s.slice(a, b).toLowerCase());
  const out: HtmlToken[] = [];
  const n = s.length;
  let i = 0;
  let textStart = 0;
  const flushText = (end: number): void => {
    if (end > textStart) out.push({ type: 'text', text: decodeEntities(s.slice(textStart, end)) });
  };
  while (i < n) {
    // Between tokens, not right after raw text (its end was found by reading the `</name` that follows it): nothing
    // before here depended on what follows.
    if (marks && i >= nextMark && i === textStart && i !== rawEnd) {
      marks.push(i, out.length);
      nextMark = i + MARK_EVERY;
    }
    const lt = s.indexOf('<', i);
    if (lt < 0) break;
    const next = s.charCodeAt(lt + 1);
    if (next === BANG && s.startsWith('<!--', lt)) {
      flushText(lt);
      const end = s.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      textStart = i;
      continue;
    }
    if (next === BANG || next === QUESTION) {
      flushText(lt);
      const end = s.indexOf('>', lt + 2);
      i = end < 0 ? n : end + 1;
      textStart = i;
      continue;
    }
    const isEnd = next === SLASH;
    const nameStart = lt + (isEnd ? 2 : 1);
    if (!isAsciiLetter(s.charCodeAt(nameStart))) {
      i = lt + 1;
      continue;
    } // a literal '<' in text
    flushText(lt);
    let j = nameStart;
    for (let c = s.charCodeAt(j); j < n && !isSpace(c) && c !== GT && c !== SLASH; c = s.charCodeAt(++j));
    const name = lowerSlice(nameStart, j);
    let attrs: Map<string, string> | null = null;
    let selfClosing = false;
    // Attributes until '>' (quoted values may contain '>').
    while (j < n && s.charCodeAt(j) !== GT) {
      const c = s.charCodeAt(j);
      if (isSpace(c) || c === SLASH) {
        if (c === SLASH) selfClosing = s.charCodeAt(j + 1) === GT;
        j++;
        continue;
      }
      const an = j;
      for (let d = c; j < n && !isSpace(d) && d !== GT && d !== EQUALS && d !== SLASH; d = s.charCodeAt(++j));
      const attrName = lowerSlice(an, j);
      if (j === an) {
        j++;
        continue;
      }
      while (isSpace(s.charCodeAt(j))) j++;
      let value = '';
      if (s.charCodeAt(j) === EQUALS) {
        j++;
        while (isSpace(s.charCodeAt(j))) j++;
        const q = s.charCodeAt(j);
        if (q === DQUOTE || q === SQUOTE) {
          const close = s.indexOf(q === DQUOTE ? '"' : "'", j + 1);
          const end = close < 0 ? n : close;
          value = s.slice(j + 1, end);
          j = close < 0 ? n : close + 1;
        } else {
          const vs = j;
          for (let d = q; j < n && !isSpace(d) && d !== GT; d = s.charCodeAt(++j));
          value = s.slice(vs, j);
        }
      }
      // HTML 13.2.5.33: a duplicate attribute is ignored (the first one wins).
      if (!isEnd && (attrs === null || (!attrs.has(attrName) && attrs.size < MAX_ATTRS)))
        (attrs ??= new Map()).set(attrName, decodeEntities(value));
    }
    i = j < n ? j + 1 : n;
    textStart = i;
    if (isEnd) {
      out.push({ type: 'end', name });
      continue;
    }
    out.push({ type: 'start', name, attrs: attrs ?? NO_ATTRS, selfClosing });
    if (RAW_TEXT.has(name) && !selfClosing) {
      const close = lower ? lower.indexOf(`</${name}`, i) : closeTagIndex(s, name, i);
      const end = close < 0 ? n : close;
      out.push({ type: 'rawtext', name, text: s.slice(i, end) });
      i = end;
      rawEnd = end;
      textStart = i;
    }
  }
  textStart = Math.min(textStart, n);
  flushText(n);
  return out;
}

/** Visible text of an HTML document (entity-decoded; block tags become line breaks; scripts and styles dropped). */
export function htmlToText(html: string, maxChars?: number): string {
  return tokensToText(tokenizeHtml(html, maxChars));
}

const BLOCK = /^(p|div|br|tr|li|h[1-6]|table|td|th|blockquote|section|article|header|footer|ul|ol|hr)$/;

/** htmlToText over tokens already made. */
export function tokensToText(tokens: readonly HtmlToken[]): string {
  const parts: string[] = [];
  for (const tok of tokens) {
    if (tok.type === 'text') parts.push(tok.text);
    else if ((tok.type === 'start' || tok.type === 'end') && BLOCK.test(tok.name)) parts.push('\n');
    else if (tok.type === 'rawtext' && (tok.name === 'textarea' || tok.name === 'title')) parts.push(decodeEntities(tok.text), '\n');
  }
  return parts.join('');
}
