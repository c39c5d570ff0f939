/**
 * `hidden-text-in-words`: the HTML splices invisible text into the middle of words (`A<span style="font-size:0">
 * X34QDJ</span>mazon`). The reader sees "Amazon"; a filter reads "AX34QDJmazon". Newsletters hide whole preview lines
 * (display:none before the content), never fragments between two letters of one word, so this is a deliberate
 * disguise of the words a filter would look for.
 */
import type { Finding } from '../../model/finding.js';

/** HTML characters scanned (limit on untrusted input). */
const MAX_HTML = 300_000;
/** Opening tags looked at, and how far to look for the matching close. */
const MAX_TAGS = 5_000;
const MAX_INNER = 200;
const OPEN = /<(span|font|b|i|u|em|strong|small|div|a|label)\b([^<>]{0,600})>/gi;
const HIDDEN =
  /font-size\s{0,3}:\s{0,3}0(\.0+)?(px|pt|em|rem|%)?\s{0,3}(;|"|'|$|!)|display\s{0,3}:\s{0,3}none|color\s{0,3}:\s{0,3}transparent|visibility\s{0,3}:\s{0,3}hidden|opacity\s{0,3}:\s{0,3}0(\.0+)?\s{0,3}(;|"|'|$|!)/i;
const LETTER = /\p{L}/u;

export function hiddenTextFindings(html: string): Finding[] {
  if (typeof html !== 'string' || !html) return [];
  const h = html.slice(0, MAX_HTML);
  const samples: string[] = [];
  let count = 0;
  let tags = 0;
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(h); m && tags < MAX_TAGS; m = OPEN.exec(h), tags++) {
    // The letter before the tag first: one character, where the style test reads up to 600 (most tags fail it).
    if (!LETTER.test(h.charAt(m.index - 1)) || !HIDDEN.test(m[2] ?? '')) continue;
    const start = m.index + m[0].length;
    const close = `</${(m[1] ?? '').toLowerCase()}>`;
    const end = h
      .slice(start, start + MAX_INNER + close.length)
      .toLowerCase()
      .indexOf(close);
    if (end < 0) continue;
    const inner = h.slice(start, start + end);
    if (!inner.trim() || inner.includes('<')) continue;
    if (!LETTER.test(h.charAt(start + end + close.length))) continue;
    count++;
    if (samples.length < 3) samples.push(inner.slice(0, 40));
  }
  if (count < 2) return [];
  return [
    {
      id: 'hidden-text-in-words',
      severity: 'medium',
      messageKey: 'finding.hidden-text-in-words',
      params: { count, sample: samples.join(', ') },
      evidence: samples.map((s) => ({ kind: 'text' as const, value: s, label: 'hidden text' })),
    },
  ];
}
