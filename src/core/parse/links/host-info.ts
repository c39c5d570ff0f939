/** Host facts of a URL: Unicode and ASCII forms, registrable domain (tldts, ICANN + private PSL sections), IP literal. */
import { getDomain } from 'tldts';
import { hostToUnicode } from '../../text/idn-display.js';

export interface HostInfo {
  host: string;
  hostAscii: string;
  registrableDomain: string | null;
  ipLiteral: boolean;
  punycode: boolean;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Registrable domain of a host name in Unicode form (null for IP literals and bare suffixes). */
export function registrableDomainOf(host: string): string | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h === '' || IPV4.test(h) || h.startsWith('[')) return null;
  const ascii = toAsciiHost(h) ?? h;
  const d = getDomain(ascii, { allowPrivateDomains: true });
  return d === null ? null : hostToUnicode(d);
}

/** ASCII (punycode) form of a host via the WHATWG URL parser, or null when it is not a valid host. */
export function toAsciiHost(host: string): string | null {
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return null;
  }
}

/** Parses an http(s)/ftp URL and describes its host; null when the URL has no usable host. */
export function hostInfoOfUrl(url: string): HostInfo | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'ftp:') return null;
  const hostAscii = u.hostname.toLowerCase().replace(/\.$/, '');
  if (hostAscii === '') return null;
  // WHATWG URL normalises decimal/hex/octal IPv4 forms to dotted quads, so one test catches them all.
  const ipLiteral = IPV4.test(hostAscii) || hostAscii.startsWith('[');
  const punycode = hostAscii.split('.').some((l) => l.startsWith('xn--'));
  const registrable = ipLiteral ? null : getDomain(hostAscii, { allowPrivateDomains: true });
  return {
    host: ipLiteral ? hostAscii : hostToUnicode(hostAscii),
    hostAscii,
    registrableDomain: registrable === null ? null : hostToUnicode(registrable),
    ipLiteral,
    punycode,
  };
}
