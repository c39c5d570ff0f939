/** Host facts of a URL: Unicode and ASCII forms, registrable domain (tldts, ICANN + private PSL sections), IP literal. */
import { registrableDomainOfAscii } from '../../net/registrable.js';
import { hostToUnicode } from '../../text/idn-display.js';

export interface HostInfo {
  host: string;
  hostAscii: string;
  registrableDomain: string | null;
  ipLiteral: boolean;
  punycode: boolean;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

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
  const registrable = ipLiteral ? null : registrableDomainOfAscii(hostAscii);
  return {
    host: ipLiteral ? hostAscii : hostToUnicode(hostAscii),
    hostAscii,
    registrableDomain: registrable === null ? null : hostToUnicode(registrable),
    ipLiteral,
    punycode,
  };
}
