/**
 * When a message may be shown as checked (✓, verdict `ok`; issue #12). Besides the organisation's own domain being
 * authenticated (`sender-domain-verified`) and no risk evidence of weight, everything the message asks you to open must
 * point back to that organisation: each link goes to the sender's own organizational domain, to its mailing service
 * (Return-Path domain, a known e-mail service or click tracker), or there are no links. A domain anyone registered
 * yesterday can pass DMARC too; a message from it whose links lead elsewhere is not vouched for by that pass.
 */
import type { LinkInfo } from '../model/link.js';
import { isEspDomain } from '../reference/domain-sets.js';
import { orgDomain } from '../net/registrable.js';

/** Links considered (limit on untrusted input: the link list is already bounded by limits.maxLinks). */
export function linksStayWithSender(links: readonly LinkInfo[], fromDomain: string | null, returnPath: string | null = null): boolean {
  if (!fromDomain) return false;
  const own = new Set([orgDomain(fromDomain)]);
  const rp = returnPath?.replace(/^.*@/, '').replace(/>$/, '');
  if (rp) own.add(orgDomain(rp));
  const others = new Set<string | null>();
  for (const l of links)
    if (l.target && !l.flags.includes('tracker') && !own.has(l.registrableDomain ?? '')) others.add(l.registrableDomain);
  for (const d of others) if (d === null || !isEspDomain(d)) return false;
  return true;
}
