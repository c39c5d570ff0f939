/**
 * Is an authenticated From domain known to be an organisation's own (issue #12, "what ✓ means")? DMARC or aligned
 * DKIM proves a message comes from its domain, but anyone can register a domain yesterday and pass DMARC with it: the
 * pass vouches for the sender only when we know whose domain it is. Known here means:
 *  - a brand of the curated brand pack with its secondary domains (reference/brands);
 *  - an organisation of the generated catalogue: banks, carriers, shops, agencies... (reference/orgs);
 *  - the user's or admin's own domains, allow-listed domains and contacts' domains (settings);
 *  - the recipient's own organisation when the settings name none: the domain of the topmost Delivered-To, which the
 *    receiving server adds on delivery (a To address is whatever the sender wrote, so it does not count, and neither do
 *    Delivered-To fields below the topmost, which the sender may have added).
 * Free-mail and bulk-sending domains are decided before this (verified-sender.ts): a mailbox there is never known.
 */
import type { Settings } from '../../deps.js';
import { entityOwningDomain } from '../../reference/brands/index.js';
import { orgsOwning } from '../../reference/orgs/catalog.js';
import { domainOfAddress, orgDomain } from '../../net/registrable.js';
import { isFreeMail } from '../../reference/domain-sets.js';

export type KnownBy = 'brand' | 'catalogue' | 'settings' | 'recipient';

export interface KnownOrgContext {
  settings: Pick<Settings, 'ownDomains' | 'allowlist' | 'contactDomains'>;
  /** Delivered-To addresses, topmost first (ParsedMessage.deliveredTo). */
  deliveredTo: readonly string[];
}

/** Settings entries are bounded by the options page; this caps what one check walks (limit on configured input). */
const MAX_CONFIGURED = 500;

/** `host` is `domain` or one of its subdomains. */
const within = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);

function configured(list: readonly string[]): string[] {
  return list
    .slice(0, MAX_CONFIGURED)
    .map((d) => (d.includes('@') ? (domainOfAddress(d) ?? '') : d).trim().toLowerCase().replace(/\.$/, ''))
    .filter((d) => d.includes('.'));
}

/** Why `fromDomain` is known as an organisation's own domain, or null when it is not. */
export function knownOrganisation(fromDomain: string, ctx: KnownOrgContext): KnownBy | null {
  const host = fromDomain.trim().toLowerCase().replace(/\.$/, '');
  if (!host) return null;
  if (entityOwningDomain(host)) return 'brand';
  if (orgsOwning(host).length) return 'catalogue';
  const s = ctx.settings;
  if ([...configured(s.ownDomains), ...configured(s.allowlist), ...configured(s.contactDomains)].some((d) => within(host, d)))
    return 'settings';
  if (s.ownDomains.length === 0) {
    const top = domainOfAddress(ctx.deliveredTo[0] ?? '');
    if (top && top.includes('.') && !isFreeMail(top) && orgDomain(top) === orgDomain(host)) return 'recipient';
  }
  return null;
}
