/**
 * Addresses and domain names written inside untrusted text such as a display name or subject
 * (`example.jp_サポート | info@example.jp`). Text is normalised first: NFKC turns fullwidth `＠`/`．` into ASCII,
 * invisible characters are removed. Only names whose suffix is a real public suffix count as domains.
 */
import { parseDomain, PSL_PRIVATE } from '../net/registrable.js';
import { normalizeVisible } from '../text/normalize-text.js';

/** Text searched (limit on untrusted input: display names and subjects are short in real mail). */
const MAX_CHARS = 2000;
/** Single class per repetition, '.' excluded from the label class: linear. */
const ADDRESS_RE = /([a-z0-9._%+-]{1,64})@((?:[a-z0-9-]{1,63}\.){1,10}[a-z0-9-]{2,63})/gi;
/** Underscore is not a boundary: `example.jp_サポート` still shows example.jp, `_` being a separator here. */
const DOMAIN_RE = /(?<![a-z0-9@.-])((?:[a-z0-9-]{1,63}\.){1,10}[a-z][a-z0-9-]{1,62})(?![a-z0-9-])/gi;

/**
 * Bare domains in names count only under country-code TLDs and long-established generic TLDs: newer gTLDs are
 * also surnames and words (`Craig R.Hughes`, `J.Smith`), which read as domains otherwise.
 */
const COMMON_GTLDS = new Set([
  'com',
  'net',
  'org',
  'info',
  'biz',
  'edu',
  'gov',
  'mil',
  'int',
  'io',
  'co',
  'app',
  'dev',
  'xyz',
  'online',
  'site',
  'shop',
  'store',
  'top',
  'club',
  'live',
  'email',
  'support',
  'services',
  'help',
  'cloud',
  'tech',
  'digital',
]);

function plausibleBareDomain(host: string): boolean {
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  const first = labels[0] ?? '';
  // A one-letter first label is an initial ("R.Hughes"), not a site name.
  if (first.length < 2) return false;
  return /^[a-z]{2}$/.test(tld) || COMMON_GTLDS.has(tld);
}

export interface NameTokens {
  addresses: string[];
  domains: string[];
}

export function normalizeName(s: string): string {
  return normalizeVisible(s.slice(0, MAX_CHARS)).toLowerCase();
}

function isPublicName(host: string): boolean {
  const p = parseDomain(host, PSL_PRIVATE);
  return p.domain !== null && (p.isIcann === true || p.isPrivate === true) && !p.isIp;
}

/** Addresses, then bare domains not already part of an address, each at most once. */
export function tokensOf(text: string): NameTokens {
  const t = normalizeName(text);
  const addresses: string[] = [];
  for (const m of t.matchAll(ADDRESS_RE)) {
    const dom = (m[2] ?? '').replace(/\.$/, '');
    if (isPublicName(dom)) addresses.push(`${m[1] ?? ''}@${dom}`);
  }
  const domains: string[] = [];
  for (const m of t.replace(ADDRESS_RE, ' ').matchAll(DOMAIN_RE)) {
    const dom = (m[1] ?? '').replace(/\.$/, '');
    if (isPublicName(dom) && plausibleBareDomain(dom)) domains.push(dom);
  }
  return { addresses: [...new Set(addresses)], domains: [...new Set(domains)] };
}
