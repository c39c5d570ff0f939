/**
 * Turns a domain, URL or address into the forms matching needs: ASCII and Unicode hostnames (WHATWG URL host parsing,
 * which applies UTS #46 processing), the ICANN registrable domain and the PSL-private one (tldts).
 */
import { parseDomain } from './registrable.js';
import { hostToUnicode } from '../text/idn-display.js';

export interface HostForms {
  /** Lower-case ASCII (punycode) hostname, no trailing dot. */
  ascii: string;
  /** The same with every `xn--` label decoded. */
  unicode: string;
  /** ICANN registrable domain (ASCII), e.g. `azurefd.net`; null when the host is a bare suffix. */
  icannDomain: string | null;
  /** ICANN public suffix, e.g. `co.jp`. */
  icannSuffix: string;
  /** Registrable domain counting PSL private entries, e.g. `kagoya-x.azurefd.net`. */
  privateDomain: string | null;
  /** Public suffix counting private entries, e.g. `azurefd.net`. */
  privateSuffix: string;
  /** URL path when the input was a URL, else ''. */
  path: string;
}

/** RFC 1035 2.3.4: 253 octets of name; URLs are capped separately at a generous bound. */
const MAX_INPUT = 4096;
const MAX_HOST = 253;

const PLAIN_HOST = /^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?\.?$/;
const TLDTS_PRIVATE = {
  extractHostname: false,
  validateHostname: false,
  detectIp: false,
  mixedInputs: false,
  privateDomains: true,
} as const;
const TLDTS_ICANN = { ...TLDTS_PRIVATE, privateDomains: false } as const;

function urlOf(input: string): URL | null {
  let s = input.trim();
  if (!s || s.length > MAX_INPUT) return null;
  if (/^mailto:/i.test(s)) s = s.slice(7);
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(s) && !s.startsWith('//')) {
    const at = s.lastIndexOf('@');
    if (at >= 0 && !/[/?#]/.test(s.slice(0, at))) s = s.slice(at + 1);
    s = `http://${s.replace(/^\/\//, '')}`;
  } else if (s.startsWith('//')) s = `http:${s}`;
  try {
    return new URL(s);
  } catch {
    return null;
  }
}

/**
 * The last answer, by input: a value is often asked twice in a row (the brand engine, then the own-domain engine, for
 * the same link). A pure function of the string; the answer is shared, so callers treat it as read-only.
 */
let last: { input: string; forms: HostForms | null } | null = null;

export function hostForms(input: string): HostForms | null {
  if (typeof input !== 'string') return null;
  if (last?.input === input) return last.forms;
  const forms = computeHostForms(input);
  last = { input, forms };
  return forms;
}

function computeHostForms(input: string): HostForms | null {
  const lower = input.trim().toLowerCase();
  // Plain ASCII hostnames (the common case) skip URL parsing; UTS #46 leaves them unchanged.
  const plain = PLAIN_HOST.test(lower) && !lower.includes('..');
  const url = plain ? null : urlOf(input);
  const host = (plain ? lower : url?.hostname)?.replace(/\.$/, '').toLowerCase();
  if (!host || host.length > MAX_HOST || host.startsWith('[') || /^[\d.]+$/.test(host)) return null;
  const priv = parseDomain(host, TLDTS_PRIVATE);
  const icann = priv.isPrivate ? parseDomain(host, TLDTS_ICANN) : priv;
  return {
    ascii: host,
    unicode: host.includes('xn--') ? hostToUnicode(host) : host,
    icannDomain: icann.domain,
    icannSuffix: icann.publicSuffix ?? '',
    privateDomain: priv.domain,
    privateSuffix: priv.publicSuffix ?? '',
    path: url ? url.pathname : '/',
  };
}
