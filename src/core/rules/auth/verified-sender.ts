/**
 * Who authenticated the From domain, and what that is worth (issue #12, "what ✓ means"). A DMARC pass or a DKIM
 * signature aligned with the From domain (RFC 7489 section 3.1.1, relaxed alignment: same organizational domain),
 * computed here or reported by the trusted receiver, proves the message comes from that domain. For an organisation's
 * own domain that is `sender-domain-verified` (the only finding that lets a message be shown as checked); for a
 * free-mail provider or a bulk-sending platform it only proves a mailbox there, which anyone can open:
 * `verified-open-mailbox`, never the ✓. Any other domain (one nobody here knows as an organisation's own:
 * known-organisation.ts) is `verified-unknown-domain`: the message does come from it, but a domain registered yesterday
 * passes DMARC too, so that proves nothing about who the sender is and is never the ✓ either.
 */
import type { Finding } from '../../model/finding.js';
import type { AuthSummary } from '../../model/auth.js';
import type { Rule } from '../rule.js';
import { isEspDomain, isFreeMail } from '../../reference/domain-sets.js';
import { orgDomain } from '../../net/registrable.js';
import { verifiedSenderMessages } from './verified-sender-messages.js';
import { emptyAuth } from '../../evidence/network-checks.js';
import { knownOrganisation, type KnownOrgContext } from './known-organisation.js';

/** No settings and no Delivered-To: only the brand pack and the organisation catalogue make a domain known. */
const NOTHING_CONFIGURED: KnownOrgContext = { settings: { ownDomains: [], allowlist: [], contactDomains: [] }, deliveredTo: [] };

/** The checks that tied the message to its From domain (empty when none did). */
export function fromDomainProof(auth: AuthSummary, fromDomain: string): string[] {
  const org = orgDomain(fromDomain);
  const aligned = (d: string | undefined) => !!d && orgDomain(d.replace(/^.*@/, '')) === org;
  const via = new Set<string>();
  if (auth.dmarc?.result === 'pass') via.add('DMARC');
  if (auth.dkim.some((d) => d.result === 'pass' && aligned(d.domain))) via.add('DKIM');
  for (const h of auth.receiver) {
    for (const m of h.methods) {
      if (m.result.toLowerCase() !== 'pass') continue;
      const header = m.props['header.from'];
      if (m.method === 'dmarc' && (!header || aligned(header))) via.add('DMARC');
      if (m.method === 'dkim' && (aligned(m.props['header.d']) || aligned(m.props['header.i']))) via.add('DKIM');
    }
  }
  return [...via].sort();
}

export function verifiedSenderFindings(
  auth: AuthSummary,
  fromDomain: string | null,
  known: KnownOrgContext = NOTHING_CONFIGURED,
): Finding[] {
  if (!fromDomain) return [];
  const via = fromDomainProof(auth, fromDomain);
  if (!via.length) return [];
  const domain = orgDomain(fromDomain);
  const open = isFreeMail(fromDomain) || isEspDomain(fromDomain);
  const id = open ? 'verified-open-mailbox' : knownOrganisation(fromDomain, known) ? 'sender-domain-verified' : 'verified-unknown-domain';
  return [
    {
      id,
      severity: 'info',
      messageKey: `finding.${id}`,
      params: { domain, via: via.join(', ') },
      evidence: [{ kind: 'auth', value: `${via.join(', ')} pass for ${fromDomain}` }],
    },
  ];
}

export const verifiedSenderRule: Rule = {
  id: 'verified-sender',
  stage: 'authentication',
  reads:
    "DMARC or an aligned DKIM signature (ours or the trusted receiver's): a known organisation's own domain proven, a domain nobody here knows as an organisation's, or only a mailbox at a free-mail or bulk-sending provider that anyone can open.",
  produces: ['sender-domain-verified', 'verified-open-mailbox', 'verified-unknown-domain'],
  messages: verifiedSenderMessages,
  run: (c) =>
    verifiedSenderFindings(c.auth ?? emptyAuth(), c.msg.from?.domain || null, { settings: c.settings, deliveredTo: c.msg.deliveredTo }),
};
