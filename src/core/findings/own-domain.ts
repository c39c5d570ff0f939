/**
 * The recipient's own domain or organisation name used by an outside sender where the reader looks first:
 * display name, subject, greeting (`重要なexample.jp通知`, `"example.jp_サポート" <support@kagoya.net>`).
 * Attackers borrow the recipient's own identity to look like internal IT/helpdesk mail.
 */
import type { Address } from '../model/message.js';
import type { Finding } from '../model/finding.js';
import { normalizeName } from './name-tokens.js';
import { orgDomain } from './domain-sets.js';

export interface OwnDomainInput {
  from: Address | null;
  subject: string;
  text: string;
  ownDomains: string[];
  ownOrgNames: string[];
}

/** The greeting: first lines of the body, this many characters. */
const GREETING_CHARS = 300;
/** Names shorter than this match inside ordinary words. */
const MIN_NAME = 2;

const ASCII_WORD = /[a-z0-9-]/;

/** `needle` in `hay` with no letter/digit/hyphen glued on either side (a '.' before is a subdomain: still a match). */
function containsBounded(hay: string, needle: string): boolean {
  if (needle.length === 0) return false;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = hay[i - 1] ?? '';
    const after = hay[i + needle.length] ?? '';
    const asciiNeedle = /^[a-z0-9]/.test(needle);
    if (asciiNeedle && (ASCII_WORD.test(before) || ASCII_WORD.test(after))) continue;
    return true;
  }
  return false;
}

function greetingOf(text: string): string {
  return text.replace(/^\s+/, '').slice(0, GREETING_CHARS);
}

export function ownDomainFindings(input: OwnDomainInput): Finding[] {
  const { from } = input;
  if (!from?.domain) return [];
  const own = input.ownDomains.map((d) => orgDomain(d)).filter((d) => d.includes('.'));
  const senderOrg = orgDomain(from.domain);
  if (own.includes(senderOrg)) return [];
  const names = input.ownOrgNames.map((n) => normalizeName(n)).filter((n) => n.length >= MIN_NAME);
  const places: Array<[string, string]> = [
    ['display name', normalizeName(from.name)],
    ['subject', normalizeName(input.subject)],
    ['greeting', normalizeName(greetingOf(input.text))],
  ];
  const hits: Array<{ place: string; own: string; value: string }> = [];
  for (const [place, hay] of places) {
    const hit = own.find((d) => containsBounded(hay, d)) ?? names.find((n) => containsBounded(hay, n));
    if (hit === undefined) continue;
    const value = place === 'display name' ? from.name : place === 'subject' ? input.subject : greetingOf(input.text);
    hits.push({ place, own: hit, value });
  }
  const first = hits[0];
  if (!first) return [];
  const inName = hits.some((h) => h.place === 'display name');
  return [{
    id: 'own-domain-impersonation',
    // A name claim is what the reader trusts most; a subject/greeting mention alone can be a supplier writing about you.
    severity: inName ? 'high' : 'medium',
    messageKey: 'finding.own-domain-impersonation',
    params: { own: first.own, sender: from.address, places: hits.map((h) => h.place).join(', ') },
    evidence: [
      ...hits.map((h) => ({ kind: 'text' as const, value: h.value.slice(0, 200), label: h.place })),
      { kind: 'address', value: from.address, label: 'From address' },
    ],
  }];
}
