/**
 * A tolerant, linear HTML tokenizer for reading links and visible text out of untrusted mail HTML without a DOM.
 * It is not a conforming HTML parser: it recognises start/end tags with attributes, comments, doctype and
 * processing instructions, and skips the raw text of <script>/<style> (kept separately for callers that want
 * to scan scripts). Every step advances the cursor, so the work is O(n) in the input length.
 */
import { decodeEntities } from './html-entities.js';

export type HtmlToken =
  | { type: 'start'; name: string; attrs: Map<string, string>; selfClosing: boolean }
  | { type: 'end'; name: string }
  | { type: 'text'; text: string }
  | { type: 'rawtext'; name: string; text: string };

/** Attributes kept per tag: more is hostile input, the rest are ignored. */
const MAX_ATTRS = 64;
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
}

function lowerIndexOf(lower: string, needle: string, from: number): number {
  return lower.indexOf(needle, from);
}

/** Tokenizes `html` up to `maxChars` characters. */
export function tokenizeHtml(html: string, maxChars: number = html.length): HtmlToken[] {
  const s = html.length > maxChars ? html.slice(0, Math.max(0, maxChars)) : html;
  const lower = s.toLowerCase();
  const out: HtmlToken[] = [];
  let i = 0;
  let textStart = 0;
  const flushText = (end: number): void => {
    if (end > textStart) out.push({ type: 'text', text: decodeEntities(s.slice(textStart, end)) });
  };
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt < 0) break;
    const next = s[lt + 1];
    if (s.startsWith('<!--', lt)) {
      flushText(lt);
      const end = s.indexOf('-->', lt + 4);
      i = end < 0 ? s.length : end + 3;
      textStart = i;
      continue;
    }
    if (next === '!' || next === '?') {
      flushText(lt);
      const end = s.indexOf('>', lt + 2);
      i = end < 0 ? s.length : end + 1;
      textStart = i;
      continue;
    }
    const isEnd = next === '/';
    const nameStart = lt + (isEnd ? 2 : 1);
    if (!/[a-zA-Z]/.test(s[nameStart] ?? '')) {
      i = lt + 1;
      continue;
    } // a literal '<' in text
    flushText(lt);
    let j = nameStart;
    while (j < s.length && !isSpace(s[j]) && s[j] !== '>' && s[j] !== '/') j++;
    const name = lower.slice(nameStart, j);
    const attrs = new Map<string, string>();
    let selfClosing = false;
    // Attributes until '>' (quoted values may contain '>').
    while (j < s.length && s[j] !== '>') {
      const c = s[j];
      if (isSpace(c) || c === '/') {
        if (c === '/') selfClosing = s[j + 1] === '>';
        j++;
        continue;
      }
      const an = j;
      while (j < s.length && !isSpace(s[j]) && s[j] !== '>' && s[j] !== '=' && s[j] !== '/') j++;
      const attrName = lower.slice(an, j);
      if (j === an) {
        j++;
        continue;
      }
      while (isSpace(s[j])) j++;
      let value = '';
      if (s[j] === '=') {
        j++;
        while (isSpace(s[j])) j++;
        const q = s[j];
        if (q === '"' || q === "'") {
          const close = s.indexOf(q, j + 1);
          const end = close < 0 ? s.length : close;
          value = s.slice(j + 1, end);
          j = close < 0 ? s.length : close + 1;
        } else {
          const vs = j;
          while (j < s.length && !isSpace(s[j]) && s[j] !== '>') j++;
          value = s.slice(vs, j);
        }
      }
      // HTML 13.2.5.33: a duplicate attribute is ignored (the first one wins).
      if (!isEnd && !attrs.has(attrName) && attrs.size < MAX_ATTRS) attrs.set(attrName, decodeEntities(value));
    }
    i = j < s.length ? j + 1 : s.length;
    textStart = i;
    if (isEnd) {
      out.push({ type: 'end', name });
      continue;
    }
    out.push({ type: 'start', name, attrs, selfClosing });
    if (RAW_TEXT.has(name) && !selfClosing) {
      const close = lowerIndexOf(lower, `</${name}`, i);
      const end = close < 0 ? s.length : close;
      out.push({ type: 'rawtext', name, text: s.slice(i, end) });
      i = end;
      textStart = i;
    }
  }
  textStart = Math.min(textStart, s.length);
  flushText(s.length);
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
