/**
 * The trust boundary: which Received hops were stamped by the recipient's own systems, and the first client
 * outside them (the origin). Only hops inside the boundary are believable; everything below can be forged by
 * the sender (RFC 5321 4.4 lets any relay add lines, RFC 8601 section 5 / 7.2 on trusting only one's own MTAs).
 */
import type { HeaderField } from '../../model/message.js';
import type { Hop, Origin } from '../../model/hop.js';
import { cidrRange, inCidrRange, isNonPublicAddress, parseReceivedIp, type CidrRange } from './ip.js';
import { claimedOriginatingIps } from './claimed-ips.js';
import type { IpBytes } from '../../net/ip.js';

export interface TrustContext {
  /** The recipient's domains (configured, else inferred by the caller from To/Delivered-To). */
  ownDomains: string[];
  /** Host names (exact or parent domain) or IPs/CIDRs declared part of the recipient's mail path. */
  trustedHosts: string[];
  /** The recipient domain's MX host names, when known. */
  ownMxHosts?: string[];
  /** All headers, to collect X-Originating-IP and similar claims (evidence only). */
  headers?: HeaderField[];
}

/**
 * Addresses a large mailbox provider uses between its own internal servers, where hops are stamped with an
 * internal client address rather than a private one: Microsoft 365 / Exchange Online (2603:1000::/24 is
 * Microsoft's Azure/Exchange internal block; e.g. `2603:10b6:806:24f::20`). Used in inferred mode and by the
 * Authentication-Results boundary (select-trusted.ts).
 */
const PROVIDER_INTERNAL = ['2603:1000::/24'].map((c) => cidrRange(c)!);

function cleanName(h: string | null): string | null {
  if (h === null) return null;
  const s = h
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  return s === '' ? null : s;
}

function under(host: string, domain: string): boolean {
  const d = domain
    .trim()
    .replace(/^\*?\./, '')
    .replace(/\.$/, '')
    .toLowerCase();
  return d !== '' && (host === d || host.endsWith('.' + d));
}

interface Matchers {
  domains: string[];
  hostNames: string[];
  /** Trusted IP ranges (`cidrMatcher` specs); addresses are parsed once and compared with each. */
  ipRanges: CidrRange[];
  mx: string[];
}

const inAnyRange = (ip: IpBytes, ranges: readonly CidrRange[]): boolean => ranges.some((r) => inCidrRange(ip, r));

/** Loopback, private or a provider's internal range (PROVIDER_INTERNAL): a client that is no Internet sender. */
function isInternalAddress(ip: IpBytes): boolean {
  return isNonPublicAddress(ip) || inAnyRange(ip, PROVIDER_INTERNAL);
}

/** `isInternalAddress` of an address as written in a hop (false when it is no address). */
export function isInternalIp(ip: string): boolean {
  const p = parseReceivedIp(ip);
  return p !== null && isInternalAddress(p);
}

function matchers(ctx: TrustContext): Matchers {
  const hostNames: string[] = [];
  const ipRanges: CidrRange[] = [];
  for (const t of ctx.trustedHosts.slice(0, 200)) {
    const m = /^[\d.:a-fA-F[\]]+(?:\/\d{1,3})?$/.test(t.trim()) ? cidrRange(t.replace(/[[\]]/g, '')) : null;
    if (m) ipRanges.push(m);
    else if (t.trim() !== '') hostNames.push(t);
  }
  return {
    domains: ctx.ownDomains.slice(0, 200),
    hostNames,
    ipRanges,
    mx: (ctx.ownMxHosts ?? [])
      .slice(0, 50)
      .map((h) => cleanName(h))
      .filter((h): h is string => h !== null),
  };
}

/** Why `by` belongs to the recipient, or null. */
function byReason(by: string | null, m: Matchers): string | null {
  const h = cleanName(by);
  if (h === null) return null;
  if (m.mx.includes(h)) return 'own-mx';
  if (m.hostNames.some((t) => under(h, t))) return 'trusted-host';
  // (parsing the name as an address only matters when there are trusted ranges)
  const ip = m.ipRanges.length ? parseReceivedIp(h) : null;
  if (ip !== null && inAnyRange(ip, m.ipRanges)) return 'trusted-host';
  if (m.domains.some((d) => under(h, d))) return 'own-domain';
  return null;
}

/** True when the hop's client is one of the recipient's own/internal systems (so the next hop down is too). */
function clientIsOurs(hop: Hop, m: Matchers): boolean {
  if (hop.ip === null) return true; // local transfer (LMTP, pickup, `with local`): no network client
  const ip = parseReceivedIp(hop.ip);
  if (ip !== null && (isNonPublicAddress(ip) || inAnyRange(ip, m.ipRanges))) return true;
  // rdns is recorded by our own receiving server, so unlike HELO it may be used.
  return byReason(hop.rdns, m) !== null;
}

function makeOrigin(hop: Hop, claimed: string[]): Origin {
  return {
    ip: hop.ip,
    helo: hop.helo,
    rdns: hop.rdns,
    hopIndex: hop.index,
    receivedBy: hop.by,
    ptr: null,
    fcrdns: null,
    asn: null,
    asName: null,
    prefix: null,
    country: null,
    registry: null,
    claimedOriginatingIps: claimed,
  };
}

function inferred(hops: Hop[], m: Matchers, claimed: string[]): { hops: Hop[]; origin: Origin | null } {
  const out = hops.map((h) => ({ ...h, trusted: false, trustReason: null as string | null }));
  for (const hop of out) {
    hop.trusted = true;
    hop.trustReason = 'inferred';
    const ip = hop.ip === null ? null : parseReceivedIp(hop.ip);
    const internal = hop.ip === null || (ip !== null && (isInternalAddress(ip) || inAnyRange(ip, m.ipRanges)));
    if (!internal) return { hops: out, origin: makeOrigin(hop, claimed) };
  }
  return { hops: out, origin: null };
}

export function applyTrustBoundary(hops: Hop[], ctx: TrustContext): { hops: Hop[]; origin: Origin | null } {
  const m = matchers(ctx);
  const claimed = ctx.headers ? claimedOriginatingIps(ctx.headers) : [];
  const top = hops[0];
  if (top === undefined) return { hops: [], origin: null };
  // Without a hop stamped by a known own host, fall back to: the top-most public client is the boundary.
  if (byReason(top.by, m) === null) return inferred(hops, m, claimed);
  const out = hops.map((h) => ({ ...h, trusted: false, trustReason: null as string | null }));
  let prevClientOurs = true;
  for (const hop of out) {
    const reason = byReason(hop.by, m) ?? (prevClientOurs ? 'internal-relay' : null);
    if (reason === null) break;
    hop.trusted = true;
    hop.trustReason = reason;
    prevClientOurs = clientIsOurs(hop, m);
    if (!prevClientOurs) return { hops: out, origin: makeOrigin(hop, claimed) };
  }
  return { hops: out, origin: null };
}
