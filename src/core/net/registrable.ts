/**
 * The one owner of Public Suffix List questions (the only importer of `tldts`, enforced by ESLint): registrable
 * domains (eTLD+1) in ASCII and Unicode form, organisational domains, public suffixes, and the domain of an address.
 */
import { getDomain, getHostname, getPublicSuffix, parse } from 'tldts';
import { trimEndAngleAndSpace } from '../text/trim.js';
import { hostToUnicode } from '../text/idn-display.js';

/** tldts options this project uses; `privateDomains` = the PSL private section (shared hosting tenants). */
export interface DomainParseOptions {
  privateDomains?: boolean;
  extractHostname?: boolean;
  validateHostname?: boolean;
  detectIp?: boolean;
  mixedInputs?: boolean;
}

/** Every PSL fact of a host at once (domain, public suffix, ICANN/private, IP). */
export type DomainParts = ReturnType<typeof parse>;

/** Option sets callers share (constants, so parseDomain builds tldts options once per set). */
export const PSL_PRIVATE: DomainParseOptions = Object.freeze({ privateDomains: true });
export const PSL_PRIVATE_HOST: DomainParseOptions = Object.freeze({ privateDomains: true, extractHostname: false });
export const PSL_ICANN_HOST: DomainParseOptions = Object.freeze({ privateDomains: false, extractHostname: false });

/** tldts option objects per caller's options object (callers pass constants: built once, not per call). */
const tldtsOptions = new WeakMap<DomainParseOptions, Parameters<typeof parse>[1]>();
const DEFAULT_OPTIONS: DomainParseOptions = {};

export function parseDomain(host: string, opts: DomainParseOptions = DEFAULT_OPTIONS): DomainParts {
  let o = tldtsOptions.get(opts);
  if (!o) {
    const { privateDomains, ...rest } = opts;
    o = { ...rest, allowPrivateDomains: privateDomains ?? true };
    tldtsOptions.set(opts, o);
  }
  return parse(host, o);
}

/** tldts options of the two PSL views (constants: not an options object per call). */
const WITH_PRIVATE = Object.freeze({ allowPrivateDomains: true });
const ICANN_ONLY = Object.freeze({ allowPrivateDomains: false });
const pslView = (privateDomains: boolean | undefined) => ((privateDomains ?? true) ? WITH_PRIVATE : ICANN_ONLY);

/** Public suffix of a host (`co.jp`, or `azurefd.net` with the private section). */
export function publicSuffixOf(host: string, opts: { privateDomains?: boolean } = {}): string | null {
  return getPublicSuffix(host, pslView(opts.privateDomains)) ?? null;
}

/**
 * Registrable domain (eTLD+1) of a host. `allowPrivateDomains` makes tenants of shared hosts
 * (`x.azurefd.net`, `x.github.io`) separate registrable domains, which is what phishing analysis needs:
 * a tenant of a rentable host is not the host's owner.
 */
export function registrableDomain(host: string, opts: { privateDomains?: boolean } = {}): string | null {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  if (!h) return null;
  return getDomain(h, pslView(opts.privateDomains)) ?? null;
}

/** Organizational view (ICANN section only): `x.azurefd.net` -> `azurefd.net`. */
export function icannRegistrableDomain(host: string): string | null {
  return registrableDomain(host, { privateDomains: false });
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * Recent answers of registrableDomainOf by host: one analysis asks about the same few hosts (From, links, Received)
 * from many rules, and each answer costs a URL parse and a PSL walk. A pure function of the string; bounded (a limit
 * on memory: emptied when full).
 */
const MAX_RECENT_DOMAINS = 256;
const recentDomains = new Map<string, string | null>();

/** Registrable domain of a host name, given and returned in Unicode form (null for IP literals and bare suffixes). */
export function registrableDomainOf(host: string): string | null {
  const known = recentDomains.get(host);
  if (known !== undefined) return known;
  const d = computeRegistrableDomainOf(host);
  if (recentDomains.size >= MAX_RECENT_DOMAINS) recentDomains.clear();
  recentDomains.set(host, d);
  return d;
}

function computeRegistrableDomainOf(host: string): string | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h === '' || IPV4.test(h) || h.startsWith('[')) return null;
  const ascii = toAsciiHost(h) ?? h;
  const d = getDomain(ascii, WITH_PRIVATE);
  // hostToUnicode only changes `xn--` labels
  return d === null ? null : d.includes('xn--') ? hostToUnicode(d) : d;
}

/** Registrable domain of an ASCII host already parsed by the URL parser (private section included). */
export function registrableDomainOfAscii(hostAscii: string): string | null {
  return getDomain(hostAscii, WITH_PRIVATE) ?? null;
}

/** Registrable domain, or the lower-cased input itself when it has none (IP literal, bare label). */
export function orgDomain(domain: string): string {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  return registrableDomainOf(d) ?? d;
}

/**
 * True for lower-case LDH names the WHATWG host parser returns unchanged: labels of 1-63 `a-z 0-9 -`, at most 253
 * characters, no `xn--` (those are checked as punycode), a last label starting with a letter (so not an IPv4 number).
 */
function isPlainAsciiHost(h: string): boolean {
  if (h.length === 0 || h.length > 253) return false;
  let len = 0;
  let last = 0;
  for (let i = 0; i < h.length; i++) {
    const c = h.charCodeAt(i);
    if (c === 46) {
      if (len === 0) return false;
      len = 0;
      last = i + 1;
      continue;
    }
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45) || ++len > 63) return false;
  }
  const first = h.charCodeAt(last);
  return len > 0 && first >= 97 && first <= 122 && !h.includes('xn--');
}

/** ASCII (punycode) form of a host via the WHATWG URL parser, or null when it is not a valid host. */
export function toAsciiHost(host: string): string | null {
  // Most hosts are plain ASCII names, which the URL parser would return as they are: no URL object for them.
  if (isPlainAsciiHost(host)) return host;
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return null;
  }
}

export function hostOfUrl(url: string): string | null {
  return getHostname(url) ?? null;
}

/** Domain part of an address (`a@b.c` -> `b.c`), lower-cased; null when there is none. */
export function domainOfAddress(addr: string | null | undefined): string | null {
  if (!addr) return null;
  const at = addr.lastIndexOf('@');
  if (at < 0 || at === addr.length - 1) return null;
  return (
    trimEndAngleAndSpace(
      addr
        .slice(at + 1)
        .trim()
        .toLowerCase(),
    ).replace(/\.$/, '') || null
  );
}
