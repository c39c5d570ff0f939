import { getDomain, getHostname } from 'tldts';
import { trimEndAngleAndSpace } from '../text/trim.js';

/**
 * Registrable domain (eTLD+1) of a host. `allowPrivateDomains` makes tenants of shared hosts
 * (`x.azurefd.net`, `x.github.io`) separate registrable domains, which is what phishing analysis needs:
 * a tenant of a rentable host is not the host's owner.
 */
export function registrableDomain(host: string, opts: { privateDomains?: boolean } = {}): string | null {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  if (!h) return null;
  return getDomain(h, { allowPrivateDomains: opts.privateDomains ?? true }) ?? null;
}

/** Organizational view (ICANN section only): `x.azurefd.net` -> `azurefd.net`. */
export function icannRegistrableDomain(host: string): string | null {
  return registrableDomain(host, { privateDomains: false });
}

export function hostOfUrl(url: string): string | null {
  return getHostname(url) ?? null;
}

/** Domain part of an address (`a@b.c` -> `b.c`), lower-cased; null when there is none. */
export function domainOfAddress(addr: string | null | undefined): string | null {
  if (!addr) return null;
  const at = addr.lastIndexOf('@');
  if (at < 0 || at === addr.length - 1) return null;
  return trimEndAngleAndSpace(addr.slice(at + 1).trim().toLowerCase()).replace(/\.$/, '') || null;
}
