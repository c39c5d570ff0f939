/**
 * Reverse DNS of the origin IP and forward confirmation (FCrDNS, RFC 8601 3 "iprev"): the PTR names must resolve
 * back to the same IP. Also the HELO/EHLO name check (RFC 5321 4.1.4: the name SHOULD be the client's FQDN, or an
 * address literal of its own IP).
 */
import { normalizeIp, parseIp, reverseName } from '../dns/ip.js';
import { cleanHost, fromResult, hostAddresses, merge, type Ask, type Lookup } from './lookup.js';

/** PTR names forward-checked (RFC 8601 3 leaves the bound to the verifier; hostile zones can list hundreds). */
const MAX_PTR_NAMES = 5;

export interface Rdns {
  /** PTR names ([] when the IP has none). */
  ptr: string[];
  /** true/false when decided, null when a lookup failed. */
  fcrdns: boolean | null;
}

export async function checkRdns(ask: Ask, ip: string): Promise<Lookup<Rdns>> {
  const rev = reverseName(ip);
  const p = parseIp(ip);
  if (!rev || !p) return { value: { ptr: [], fcrdns: null }, temporary: false, offline: false, problem: null };
  const r = await ask(rev, 'PTR');
  const ptr = [...new Set(r.records.flatMap((rec) => (rec.type === 'PTR' ? [rec.data.toLowerCase()] : [])))];
  if (r.status !== 'ok' || ptr.length === 0)
    return fromResult(r, { ptr: [], fcrdns: r.status === 'nxdomain' || r.status === 'nodata' ? false : null });
  const names = ptr
    .map(cleanHost)
    .filter((h): h is string => h !== null)
    .slice(0, MAX_PTR_NAMES);
  const fwd = await Promise.all(names.map((n) => hostAddresses(ask, n, [p.family === 4 ? 'A' : 'AAAA'])));
  const confirmed = fwd.some((f) => f.value.includes(ip));
  if (confirmed) return { value: { ptr, fcrdns: true }, temporary: false, offline: false, problem: null };
  const m = merge(fwd, { ptr, fcrdns: false as boolean | null });
  if (m.temporary) m.value.fcrdns = null;
  return m;
}

export type HeloOutcome = { matches: boolean | null; addresses: string[] };

/**
 * A HELO host name resolved in the origin's address family. Returns null when the HELO is not a domain name
 * (address literal, single label, junk): those are judged offline by findings/helo.ts (`helo-anomaly`).
 */
export async function checkHelo(ask: Ask, helo: string, ip: string): Promise<Lookup<HeloOutcome> | null> {
  const host = cleanHost(helo.trim());
  // RFC 5321 4.1.1.1: the EHLO argument is the client's FQDN; a single label cannot be resolved meaningfully.
  if (!host || !host.includes('.') || normalizeIp(host) !== null) return null;
  const family = parseIp(ip)?.family === 6 ? 'AAAA' : 'A';
  const f = await hostAddresses(ask, host, [family]);
  if (f.temporary || f.offline) return { ...f, value: { matches: null, addresses: f.value } };
  return { value: { matches: f.value.includes(ip), addresses: f.value }, temporary: false, offline: false, problem: null };
}
