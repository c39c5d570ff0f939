/**
 * `hacking-goods-offer`: the message advertises the goods of the phishing trade itself: hacked hosting panels and web
 * shells, SMTP relays and mailers, remote desktops, stolen webmail accounts, "leads" (address lists), card dumps.
 * A shop for break-in tools writes to addresses it harvested; nobody else lists four of these in one sentence.
 *
 * Counted as distinct trade words in the lure text (lures/normalize.ts): four or more (singular and plural are one).
 */
import type { Finding } from '../../model/finding.js';

const TRADE_WORD =
  /\b(cpanels?|shells?|smtps|smtp|rdps?|mailers?|leads|webmails?|whm|ssh|fullz|cc ?dumps?|combolists?|spamming tools?|scampages?)\b/g;
const MIN_WORDS = 4;
/** Only the start of the text is read: such offers are short lists. */
const MAX_CHARS = 4000;

export function hackingGoodsFindings(text: string): Finding[] {
  const words = new Set<string>();
  for (const m of text.slice(0, MAX_CHARS).matchAll(TRADE_WORD)) words.add(m[1]!.replace(/ /g, '').replace(/s$/, ''));
  if (words.size < MIN_WORDS) return [];
  const list = [...words].slice(0, 8).join(', ');
  return [
    {
      id: 'hacking-goods-offer',
      severity: 'medium',
      messageKey: 'finding.hacking-goods-offer',
      params: { words: list },
      evidence: [{ kind: 'text', value: list, label: 'offered' }],
    },
  ];
}
