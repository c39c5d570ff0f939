/** The recipient's own domains: configured ones, else inferred from Delivered-To, then To. */
import type { ParsedMessage } from '../model/message.js';
import { isFreeMail } from '../reference/domain-sets.js';
import { orgDomain } from '../net/registrable.js';
import { domainOfAddress } from '../net/registrable.js';

/** Own domains kept (limit on untrusted input: To can list hundreds of addresses). */
const MAX_OWN = 10;

/** The address's domain when it is a dotted (Internet) domain. */
function domainOf(addr: string): string | null {
  const d = domainOfAddress(addr);
  return d && d.includes('.') ? d : null;
}

function uniqueOrg(domains: Array<string | null>): string[] {
  const out: string[] = [];
  for (const d of domains) {
    if (!d) continue;
    const o = orgDomain(d);
    if (!out.includes(o)) out.push(o);
    if (out.length >= MAX_OWN) break;
  }
  return out;
}

export function inferOwnDomains(msg: ParsedMessage, configured: string[]): string[] {
  const conf = uniqueOrg(configured.map((c) => (c.includes('@') ? domainOf(c) : c.trim().toLowerCase() || null)));
  if (conf.length > 0) return conf;
  const delivered = uniqueOrg(msg.deliveredTo.map(domainOf));
  if (delivered.length > 0) return delivered;
  return uniqueOrg(msg.to.map((a) => a.domain || domainOf(a.address)));
}

/**
 * Organisation-name words derived from own domains (`example-corp.co.jp` -> `example-corp`), for matching names
 * that omit the suffix. Free-mail domains are skipped: `gmail` names a provider, not the recipient's organisation.
 */
export function orgLabelsOf(ownDomains: string[]): string[] {
  const out: string[] = [];
  for (const d of ownDomains) {
    if (isFreeMail(d)) continue;
    const label = orgDomain(d).split('.')[0] ?? '';
    // Short labels ("ab", "abc") match inside ordinary words: too weak to claim an organisation.
    if (label.length >= 4 && !out.includes(label)) out.push(label);
  }
  return out;
}
