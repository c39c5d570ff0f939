/** Text a lure is looked for in: subject + plain text + visible HTML text, normalised. */
import { htmlToText } from '../links/html-tokenizer.js';
import { normalizeVisible } from '../links/normalize-text.js';

/** Characters of each source searched (limit on untrusted input; lures show up early in a message). */
export const MAX_LURE_CHARS = 16_000;

export function lureText(subject: string, text: string, html: string): string {
  const parts = [subject.slice(0, 2000), text.slice(0, MAX_LURE_CHARS)];
  // The HTML part often repeats the text part; phrases found twice are reported once.
  if (html) parts.push(htmlToText(html, MAX_LURE_CHARS * 4).slice(0, MAX_LURE_CHARS));
  // Line breaks are layout (plain text wraps at ~72 columns, HTML blocks end lines): phrases run across them.
  // A capital I between lower-case letters stands for l (`ActuaIice`, `WaIIet`): folded so the phrase still matches.
  return normalizeVisible(parts.join('\n')).replace(/\n/g, ' ').replace(/(?<=[a-z])I(?=[a-z])/g, 'l').toLowerCase();
}
