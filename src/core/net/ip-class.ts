/**
 * Address classification for the trust boundary and HELO checks. Inputs are Received-header text (see
 * `parseReceivedIp`); anything that is not an address is neither loopback nor non-public. Pure.
 */

import { cidrRange, inCidrRange, type CidrRange } from './ip-cidr.js';
import { parseReceivedIp } from './ip-literal.js';
import type { IpBytes } from './ip-parse.js';

/** Built-in constant specs below, all valid. */
function ranges(specs: string[]): CidrRange[] {
  return specs.map((c) => cidrRange(c)!);
}

/** RFC 1122 3.2.1.3 (127/8) and RFC 4291 2.5.3 (::1). */
const LOOPBACK = ranges(['127.0.0.0/8', '::1/128']);
/** RFC 1918, RFC 6598 (CGNAT), RFC 3927/4291 link-local, RFC 4193 ULA, RFC 6890 "this network" and `::`. */
const PRIVATE = ranges([
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
  '169.254.0.0/16',
  '0.0.0.0/8',
  'fc00::/7',
  'fe80::/10',
  '::/128',
]);

// The address is parsed once, then compared with each range (a matcher per range parsed it once per range).
const inAny = (p: IpBytes, list: CidrRange[]): boolean => list.some((r) => inCidrRange(p, r));

export function isLoopbackIp(ip: string): boolean {
  const p = parseReceivedIp(ip);
  return p !== null && inAny(p, LOOPBACK);
}

/** Loopback, RFC 1918/6598 private, link-local or unique-local: not a routable Internet client. */
export function isNonPublicIp(ip: string): boolean {
  const p = parseReceivedIp(ip);
  return p !== null && isNonPublicAddress(p);
}

/** `isNonPublicIp` of an address already parsed. */
export function isNonPublicAddress(p: IpBytes): boolean {
  return inAny(p, LOOPBACK) || inAny(p, PRIVATE);
}
