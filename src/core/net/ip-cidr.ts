/**
 * CIDR prefix matching (RFC 4632 3.1 for IPv4, RFC 4291 2.3 for IPv6). One bit comparison, `prefixMatch`, with
 * two text front ends that keep their callers' historical syntax. Pure; malformed input never matches.
 */

import { parseReceivedIp } from './ip-literal.js';
import { STRICT_IP_SYNTAX, parseIp, type IpBytes, type IpSyntax } from './ip-parse.js';

/**
 * True when the first `prefix` bits of a and b agree. False when the lengths differ (IPv4 vs IPv6) or the prefix is
 * out of range. The caller (SPF, RFC 7208 5.6) has already checked that the families match.
 */
export function prefixMatch(a: Uint8Array, b: Uint8Array, prefix: number): boolean {
  if (a.length !== b.length || prefix < 0 || prefix > a.length * 8) return false;
  let bits = prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((x & mask) !== (y & mask)) return false;
  }
  return true;
}

/**
 * True when `ip` lies in `cidr` (`a.b.c.d/n`, `x::/n`, or a bare address = /32 or /128). The prefix must be 1-3
 * decimal digits within the family's range; malformed input or a family mismatch gives false. Neither side is trimmed.
 */
export function ipInCidr(ip: string, cidr: string, syntax: IpSyntax = STRICT_IP_SYNTAX): boolean {
  const slash = cidr.indexOf('/');
  const a = parseIp(ip, syntax);
  const b = parseIp(slash === -1 ? cidr : cidr.slice(0, slash), syntax);
  if (!a || !b || a.family !== b.family) return false;
  const max = a.family === 4 ? 32 : 128;
  const bitsText = slash === -1 ? String(max) : cidr.slice(slash + 1);
  if (!/^[0-9]{1,3}$/.test(bitsText)) return false;
  const bits = Number(bitsText);
  if (bits > max) return false;
  return prefixMatch(a.bytes, b.bytes, bits);
}

/**
 * Matcher for a trust setting such as `10.0.0.0/8`, `[2001:db8::]/32` or a bare address. Both the spec's address and
 * the tested addresses are read as Received-header text (`parseReceivedIp`: brackets, ports, zone ids, leading-zero
 * octets, IPv4-mapped -> IPv4). Unlike `ipInCidr`, the prefix is read with `Number()` and only has to be an integer
 * in range, so `/ 8`, `/0x8` and an empty `/` (= /0, matches the whole family) are accepted, and anything after a
 * second `/` is ignored. Null when the spec is not usable.
 */
export function cidrMatcher(spec: string): ((ip: string) => boolean) | null {
  const range = cidrRange(spec);
  if (!range) return null;
  return (ip: string) => {
    const p = parseReceivedIp(ip);
    return p !== null && inCidrRange(p, range);
  };
}

/** A CIDR spec read as `cidrMatcher` reads it. */
export interface CidrRange {
  base: IpBytes;
  bits: number;
}

/** The range of a `cidrMatcher` spec, or null when the spec is not usable. */
export function cidrRange(spec: string): CidrRange | null {
  // A trusted-relay setting with a typo must not trust the world: `10.0.0.1/` or `10.0.0.1/8/9` is invalid,
  // not /0 (Number('') is 0), and the prefix is 1-3 digits as in RFC 4632 notation.
  const parts = spec.trim().split('/');
  if (parts.length > 2) return null;
  const [addr, lenText] = parts as [string, string | undefined];
  if (lenText !== undefined && !/^\d{1,3}$/.test(lenText)) return null;
  const base: IpBytes | null = parseReceivedIp(addr);
  if (!base) return null;
  const max = base.family === 4 ? 32 : 128;
  const bits = lenText === undefined ? max : Number(lenText);
  if (!Number.isInteger(bits) || bits < 0 || bits > max) return null;
  return { base, bits };
}

/** True when the parsed address lies in the range (what a `cidrMatcher` answers after parsing its input). */
export function inCidrRange(ip: IpBytes, range: CidrRange): boolean {
  return ip.family === range.base.family && prefixMatch(ip.bytes, range.base.bytes, range.bits);
}
