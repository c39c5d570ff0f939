/**
 * `malformed-from-address`: the From address cannot be a working Internet address. RFC 5322 section 3.4.1 requires
 * `local-part "@" domain`, and mail between organisations needs a fully-qualified domain under a real top-level
 * domain (RFC 5321 section 2.3.5): `no_reply@ses,fi`, `contato@bradesco`, `aviso@%correios.com`, an address with no
 * `@`, or a domain written in look-alike styled letters. Nobody can reply to it and no domain can vouch for it
 * (SPF, DKIM and DMARC all need one), which is why bulk phishing tools produce such senders.
 */
import { parseDomain, PSL_PRIVATE } from '../../net/registrable.js';
import type { Address, HeaderField } from '../../model/message.js';
import type { Finding } from '../../model/finding.js';

/** RFC 1035 2.3.4: 255 octets per name; longer text is cut before checking. */
const MAX_DOMAIN = 255;

export type MalformedReason = 'no-address' | 'no-domain' | 'invalid-characters' | 'unqualified' | 'unknown-tld' | 'disguised';

export function malformedReason(from: Address): MalformedReason | null {
  const address = from.address.trim();
  if (!address || from.flags?.includes('unparseable')) return 'no-address';
  if (!address.includes('@')) return 'no-address';
  const domain = from.domain.slice(0, MAX_DOMAIN).replace(/\.$/, '');
  if (!domain) return 'no-domain';
  if (domain !== domain.normalize('NFKC')) return 'disguised';
  // Address literals ([192.0.2.1]) are legal (RFC 5321 4.1.3) but not what organisations send from.
  if (
    !/^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?)*$/u.test(domain)
  ) {
    return 'invalid-characters';
  }
  if (!domain.includes('.')) return 'unqualified';
  const p = parseDomain(domain, PSL_PRIVATE);
  if (p.isIcann !== true && p.isPrivate !== true) return 'unknown-tld';
  return null;
}

/** RFC 3464 delivery reports come from the mail system itself (`MAILER-DAEMON` with no domain is common there). */
const SYSTEM_SENDER = /^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)$/i;

/**
 * An empty From (`<>`) on a message whose Return-Path is the null reverse-path too: the mail system's own delivery
 * report, which RFC 5321 section 4.5.5 sends with a null reverse-path and some systems copy into From. The topmost
 * Return-Path is the one the delivering server wrote (RFC 5321 section 4.4).
 */
function nullSenderReport(field: HeaderField, headers: readonly HeaderField[]): boolean {
  const returnPath = headers.find((h) => h.key === 'return-path');
  return field.value.trim() === '<>' && returnPath?.value.trim() === '<>';
}

export function malformedFromFindings(from: Address | null, headers: readonly HeaderField[]): Finding[] {
  const field = headers.find((h) => h.key === 'from');
  if (!field) return [];
  if (from && SYSTEM_SENDER.test(from.local || from.address || from.name)) return [];
  if (nullSenderReport(field, headers)) return [];
  const reason = from ? malformedReason(from) : 'no-address';
  if (!reason) return [];
  return [
    {
      id: 'malformed-from-address',
      severity: 'high',
      messageKey: 'finding.malformed-from-address',
      params: { address: from?.address || field.value.trim().slice(0, 200), reason },
      evidence: [{ kind: 'header', value: field.value.slice(0, 500), label: 'From' }],
    },
  ];
}
