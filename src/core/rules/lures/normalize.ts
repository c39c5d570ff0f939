/** Text a lure is looked for in: subject + plain text + visible HTML text, normalised. */
import { htmlToText } from '../../text/html-tokenizer.js';
import type { HtmlSource } from '../../text/html-source.js';
import { removeInvisible } from '../../text/normalize-text.js';

/** Characters of each source searched (limit on untrusted input; lures show up early in a message). */
export const MAX_LURE_CHARS = 16_000;

/**
 * A space between two Japanese characters (CJK punctuation, kana, kanji): Japanese is written without spaces between
 * words, so a space there is layout or an evasion (`三 井 住 友`, `一時停 止`, `リ ン ク`) and is removed before phrases
 * are matched. Code point ranges rather than script properties: the same characters, several times faster.
 */
const JA_SPACE = /([\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]) (?=[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])/g;

/**
 * Every whitespace run as one space, written so that single spaces (most of them) are not matched and replaced: the
 * same result as `/\s+/g -> ' '` in half the time (measured on the corpus lure texts).
 */
const WHITESPACE_RUN = /\s{2,}|[^\S ]/g;
/**
 * A capital I between lower-case letters (`ActuaIice`): the preceding letter captured rather than a lookbehind, the
 * same replacements (a match never consumes the letter after its I) several times faster.
 */
const I_FOR_L = /([a-z])I(?=[a-z])/g;

/** Only ASCII: NFKC, the invisible characters and JA_SPACE leave such text as it is, so they are not run. */
const NON_ASCII = /[^\u0000-\u007f]/; // eslint-disable-line no-control-regex -- the ASCII range, on purpose

function normalizePart(s: string): string {
  // normalizeVisible (NFKC, invisible characters removed, whitespace runs collapsed, trimmed), then line breaks as
  // spaces: line breaks are layout (plain text wraps at ~72 columns, HTML blocks end lines), phrases run across them.
  // Together that is every whitespace run (line breaks included) as one space, done here in one pass.
  // A capital I between lower-case letters stands for l (`ActuaIice`, `WaIIet`): folded so the phrase still matches.
  const wide = NON_ASCII.test(s);
  const spaced = (wide ? removeInvisible(s.normalize('NFKC')) : s).replace(WHITESPACE_RUN, ' ').trim();
  return (wide ? spaced.replace(JA_SPACE, '$1') : spaced).replace(I_FOR_L, '$1l').toLowerCase();
}

function bodyText(text: string, html: string, source?: HtmlSource): string {
  const parts = [text.slice(0, MAX_LURE_CHARS)];
  // The HTML part often repeats the text part; phrases found twice are reported once.
  const visible = source?.html === html ? source.text(MAX_LURE_CHARS * 4) : html ? htmlToText(html, MAX_LURE_CHARS * 4) : '';
  if (html) parts.push(visible.slice(0, MAX_LURE_CHARS));
  return normalizePart(parts.join('\n'));
}

/**
 * The body's normalised text is the expensive part (HTML to text, NFKC) and several finding families read it for
 * the same message: it is remembered per message, on that message's HtmlSource (which lives for one analysis), so
 * nothing derived from one message outlives it. Without a source (direct calls in tests) it is just computed.
 */
const bodies = new WeakMap<HtmlSource, { text: string; body: string; subject?: string; full?: string }>();
function cachedBody(text: string, html: string, source?: HtmlSource): string {
  if (!source || source.html !== html) return bodyText(text, html, source);
  const hit = bodies.get(source);
  if (hit && hit.text === text) return hit.body;
  const body = bodyText(text, html, source);
  bodies.set(source, { text, body });
  return body;
}

export function lureText(subject: string, text: string, html: string, source?: HtmlSource): string {
  const body = cachedBody(text, html, source);
  // The whole text for the last subject is remembered beside the body (the lure and the scam rules both ask for it).
  const hit = source && source.html === html ? bodies.get(source) : undefined;
  if (hit && hit.body === body && hit.subject === subject && hit.full !== undefined) return hit.full;
  const subj = normalizePart(subject.slice(0, 2000));
  const full = subj && body ? `${subj} ${body}` : subj || body;
  if (hit && hit.body === body) {
    hit.subject = subject;
    hit.full = full;
  }
  return full;
}
