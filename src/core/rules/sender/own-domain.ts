/**
 * The recipient's own domain or organisation name used by an outside sender where the reader looks first:
 * display name, subject, greeting (`重要なexample.jp通知`, `"example.jp_サポート" <support@kagoya.net>`).
 * Attackers borrow the recipient's own identity to look like internal IT/helpdesk mail.
 */
import type { Address } from '../../model/message.js';
import type { Finding } from '../../model/finding.js';
import { normalizeName } from '../../parse/name-tokens.js';
import { orgDomain } from '../../net/registrable.js';

export interface OwnDomainInput {
  from: Address | null;
  subject: string;
  text: string;
  ownDomains: string[];
  ownOrgNames: string[];
}

/** The greeting: the first non-empty line of the body, at most this many characters. */
const GREETING_CHARS = 120;
/** Bounce senders quote the recipient's address by design (RFC 3464 reports); only their display name counts. */
const BOUNCE_SENDER = /^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)$/i;
/** A quoted reply's first line ("On ... X wrote:", "> ...", "-----Original Message-----") is not a greeting. */
const QUOTE_LINE = /^>|wrote:|書きました|original message/i;
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
  const line = (
    text
      .slice(0, 4 * GREETING_CHARS)
      .replace(/^\s+/, '')
      .split('\n')[0] ?? ''
  ).slice(0, GREETING_CHARS);
  return QUOTE_LINE.test(line) ? '' : line;
}

export function ownDomainFindings(input: OwnDomainInput): Finding[] {
  const { from } = input;
  if (!from?.domain) return [];
  const own = input.ownDomains.map((d) => orgDomain(d)).filter((d) => d.includes('.'));
  const senderOrg = orgDomain(from.domain);
  if (own.includes(senderOrg)) return [];
  const names = input.ownOrgNames.map((n) => normalizeName(n)).filter((n) => n.length >= MIN_NAME);
  const bounce = BOUNCE_SENDER.test(from.local);
  const places: Array<[string, string]> = [
    ['display name', normalizeName(from.name)],
    ['subject', bounce ? '' : normalizeName(input.subject)],
    ['greeting', bounce ? '' : normalizeName(greetingOf(input.text))],
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
  return [
    {
      id: 'own-domain-impersonation',
      // A name claim is what the reader trusts most; a subject/greeting mention alone can be a supplier writing about you.
      severity: inName ? 'high' : 'medium',
      messageKey: 'finding.own-domain-impersonation',
      params: { own: first.own, sender: from.address, places: hits.map((h) => h.place).join(', ') },
      evidence: [
        ...hits.map((h) => ({ kind: 'text' as const, value: h.value.slice(0, 200), label: h.place })),
        { kind: 'address', value: from.address, label: 'From address' },
      ],
    },
  ];
}
