/**
 * IP helpers for SPF, from the shared `net/ip.ts` with its strict default syntax (RFC 7208 dotted quads without
 * leading zeros, RFC 4291 IPv6 without zone ids): parsing to octets, CIDR matching, the PTR name and the textual forms
 * the macros need (RFC 7208 5.6, 7.3, 7.4). Pure and total: bad input gives null.
 */

export type { IpBytes as IpAddr } from '../../net/ip.js';
export {
  parseIPv4 as parseIp4,
  parseIPv6 as parseIp6,
  parseIp,
  prefixMatch as inCidr,
  ipDotted,
  reverseName,
  formatIp as ipText,
} from '../../net/ip.js';
