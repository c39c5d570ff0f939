/**
 * IP helpers for the DNS code and network/: the shared `net/ip.ts` read with `DNS_IP_SYNTAX` (strict dotted quads,
 * no zone ids, plus the historical `1.2.3.4::` acceptance documented there). Nothing throws; bad input gives null.
 */

import {
  DNS_IP_SYNTAX,
  ipInCidr as netIpInCidr,
  normalizeIp as netNormalizeIp,
  parseIPv6 as netParseIPv6,
  parseIp as netParseIp,
  reverseNameOfText,
  type IpBytes,
} from '../net/ip.js';

export type { IpBytes } from '../net/ip.js';
export { parseIPv4, formatIp, reversedLabels } from '../net/ip.js';

export function parseIPv6(s: string): Uint8Array | null {
  return netParseIPv6(s, DNS_IP_SYNTAX);
}

/** `::ffff:a.b.c.d` is returned as IPv4 (RFC 4291 2.5.5.2). */
export function parseIp(s: string): IpBytes | null {
  return netParseIp(s, DNS_IP_SYNTAX);
}

/** Canonical form (RFC 5952) of an IP string, surrounding white space ignored; null when it is not an IP address. */
export function normalizeIp(s: string): string | null {
  return netNormalizeIp(s, DNS_IP_SYNTAX);
}

/** PTR owner name of an IP string (RFC 1035 3.5 / RFC 3596 2.5), or null when it is not an IP address. */
export function reverseName(ip: string): string | null {
  return reverseNameOfText(ip, DNS_IP_SYNTAX);
}

/** True when `ip` lies in `cidr` (`a.b.c.d/n` or `x::/n`); false for malformed input or family mismatch. */
export function ipInCidr(ip: string, cidr: string): boolean {
  return netIpInCidr(ip, cidr, DNS_IP_SYNTAX);
}
