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

/**
 * Host facts already worked out in one analysis, by ASCII host: a message's links mostly share a few hosts, and each
 * answer costs a PSL walk and a Unicode conversion. Made per analysis (never shared between messages).
 */
export type HostInfoMemo = Map<string, HostInfo | null>;

/** Parses an http(s)/ftp URL and describes its host; null when the URL has no usable host. */
export function hostInfoOfUrl(url: string, memo?: HostInfoMemo): HostInfo | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  return hostInfoOfParsed(u, memo);
}

/** `hostInfoOfUrl` of a URL already parsed (the caller's own parse, not parsed again). */
export function hostInfoOfParsed(u: URL, memo?: HostInfoMemo): HostInfo | null {
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'ftp:') return null;
  const hostAscii = u.hostname.toLowerCase().replace(/\.$/, '');
  if (hostAscii === '') return null;
  const known = memo?.get(hostAscii);
  if (known !== undefined) return known;
  const info = describeHost(hostAscii);
  memo?.set(hostAscii, info);
  return info;
}

function describeHost(hostAscii: string): HostInfo {
  // WHATWG URL normalises decimal/hex/octal IPv4 forms to dotted quads, so one test catches them all.
  const ipLiteral = IPV4.test(hostAscii) || hostAscii.startsWith('[');
  const punycode = hostAscii.startsWith('xn--') || hostAscii.includes('.xn--');
  const registrable = ipLiteral ? null : registrableDomainOfAscii(hostAscii);
  return {
    host: ipLiteral || !punycode ? hostAscii : hostToUnicode(hostAscii),
    hostAscii,
    registrableDomain: registrable === null || !punycode ? registrable : hostToUnicode(registrable),
    ipLiteral,
    punycode,
  };
}
