/**
 * Addresses and domain names written inside untrusted text such as a display name or subject
 * (`example.jp_サポート | info@example.jp`). Text is normalised first: NFKC turns fullwidth `＠`/`．` into ASCII,
 * invisible characters are removed. Only names whose suffix is a real public suffix count as domains.
 */
import { parse } from 'tldts';
import { normalizeVisible } from '../links/normalize-text.js';

/** Text searched (limit on untrusted input: display names and subjects are short in real mail). */
const MAX_CHARS = 2000;
/** Single class per repetition, '.' excluded from the label class: linear. */
const ADDRESS_RE = /([a-z0-9._%+-]{1,64})@((?:[a-z0-9-]{1,63}\.){1,10}[a-z0-9-]{2,63})/gi;
/** Underscore is not a boundary: `example.jp_サポート` still shows example.jp, `_` being a separator here. */
const DOMAIN_RE = /(?<![a-z0-9@.-])((?:[a-z0-9-]{1,63}\.){1,10}[a-z][a-z0-9-]{1,62})(?![a-z0-9-])/gi;

export interface NameTokens {
  addresses: string[];
  domains: string[];
}

export function normalizeName(s: string): string {
  return normalizeVisible(s.slice(0, MAX_CHARS)).toLowerCase();
}

function isPublicName(host: string): boolean {
  const p = parse(host, { allowPrivateDomains: true });
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
    if (isPublicName(dom)) domains.push(dom);
  }
  return { addresses: [...new Set(addresses)], domains: [...new Set(domains)] };
}
