/**
 * The IANA RDAP bootstrap registry for DNS (RFC 9224): which RDAP servers answer for which TLDs. Parsed from the
 * `dns.json` format, validated and bounded; only https base URLs are kept, except http on a loopback address when
 * the caller allows it (test servers on 127.0.0.1). Lookup is by the longest matching label suffix (RFC 9224 4).
 */

export interface RdapBootstrap {
  /** The file's `publication` timestamp, when it had one. */
  publication: string | null;
  /** Lower-case label suffix (usually a TLD) -> base URLs, each ending in `/`, https first. */
  servers: ReadonlyMap<string, readonly string[]>;
}

/** Limits on an untrusted bootstrap file (the IANA file has ~600 services and ~1,200 TLDs). */
export const BOOTSTRAP_LIMITS = Object.freeze({ maxServices: 5000, maxEntries: 20_000, maxUrlsPerService: 8, maxUrlLength: 512 });

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** An RDAP URL Sender Lens may request: https (no credentials), or http on a loopback host when allowed. */
export function isAllowedRdapUrl(url: string, allowLoopbackHttp: boolean): boolean {
  if (url.length > BOOTSTRAP_LIMITS.maxUrlLength || !URL.canParse(url)) return false;
  const u = new URL(url);
  if (u.username || u.password) return false;
  if (u.protocol === 'https:') return true;
  return u.protocol === 'http:' && allowLoopbackHttp && LOOPBACK_HOSTS.has(u.hostname);
}

/**
 * Parses a bootstrap file. Throws a TypeError naming the problem when the shape is wrong (RFC 9224 3: an object with
 * `services`, an array of [entries, urls] pairs); drops URLs that are not allowed and entries that are not labels.
 */
export function parseRdapBootstrap(json: unknown, opts: { allowLoopbackHttp?: boolean } = {}): RdapBootstrap {
  if (typeof json !== 'object' || json === null || !Array.isArray((json as { services?: unknown }).services)) {
    throw new TypeError('not an RDAP bootstrap file: expected an object with a "services" array (RFC 9224 3)');
  }
  const services = (json as { services: unknown[] }).services;
  if (services.length > BOOTSTRAP_LIMITS.maxServices)
    throw new TypeError(`RDAP bootstrap file has more than ${BOOTSTRAP_LIMITS.maxServices} services`);
  const servers = new Map<string, string[]>();
  let entries = 0;
  for (const s of services) {
    if (!Array.isArray(s) || s.length < 2 || !Array.isArray(s[0]) || !Array.isArray(s[1]))
      throw new TypeError('RDAP bootstrap service is not an [entries, urls] pair');
    const urls = (s[1] as unknown[])
      .slice(0, BOOTSTRAP_LIMITS.maxUrlsPerService)
      .filter((u): u is string => typeof u === 'string' && isAllowedRdapUrl(u, opts.allowLoopbackHttp ?? false))
      .map((u) => (u.endsWith('/') ? u : `${u}/`))
      // RFC 9224 3: when both are listed, https SHOULD be chosen.
      .sort((a, b) => Number(b.startsWith('https:')) - Number(a.startsWith('https:')));
    for (const e of s[0] as unknown[]) {
      if (++entries > BOOTSTRAP_LIMITS.maxEntries)
        throw new TypeError(`RDAP bootstrap file has more than ${BOOTSTRAP_LIMITS.maxEntries} entries`);
      if (typeof e !== 'string') continue;
      const label = e.toLowerCase().replace(/^\.|\.$/g, '');
      if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(label) || label.length > 253 || urls.length === 0) continue;
      servers.set(label, urls);
    }
  }
  const pub = (json as { publication?: unknown }).publication;
  return { publication: typeof pub === 'string' ? pub.slice(0, 64) : null, servers };
}

/** Base URLs for a domain: the longest entry that is a label suffix of it (RFC 9224 4), or [] when none. */
export function rdapServersFor(b: RdapBootstrap, domain: string): readonly string[] {
  const labels = domain.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i < labels.length; i++) {
    const hit = b.servers.get(labels.slice(i).join('.'));
    if (hit) return hit;
  }
  return [];
}
