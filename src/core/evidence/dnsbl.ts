/**
 * Optional DNS blocklist lookups (RFC 5782), off unless the user names lists. A listing is an A record in
 * 127.0.0.0/8 (RFC 5782 2.1); answers in 127.255.255.0/24 are the list refusing the query (e.g. via a public
 * resolver), never listings.
 */
import { ipInCidr, parseIp, reversedLabels } from '../dns/ip.js';
import { addressesOf, cleanHost, fromResult, type Ask, type Lookup } from './lookup.js';

/** Lists consulted per message, at most. */
export const MAX_DNSBLS = 5;

export type DnsblOutcome = { list: string; listed: boolean; codes: string[]; refused: boolean };

export async function checkDnsbl(ask: Ask, ip: string, list: string): Promise<Lookup<DnsblOutcome>> {
  const p = parseIp(ip);
  const zone = cleanHost(list);
  const none = { list, listed: false, codes: [], refused: false };
  if (!p || !zone) return { value: none, temporary: false, offline: false, problem: null };
  const r = await ask(`${reversedLabels(p)}.${zone}`, 'A');
  if (r.status !== 'ok') return fromResult(r, none);
  const codes = addressesOf(r);
  if (codes.some((c) => ipInCidr(c, '127.255.255.0/24'))) {
    return { value: { ...none, refused: true, codes }, temporary: true, offline: false, problem: `${zone} refused the query (${codes.join(', ')})` };
  }
  const listed = codes.filter((c) => ipInCidr(c, '127.0.0.0/8'));
  if (listed.length === 0) return { value: { ...none, codes }, temporary: true, offline: false, problem: `${zone} answered outside 127.0.0.0/8` };
  return { value: { list: zone, listed: true, codes: listed, refused: false }, temporary: false, offline: false, problem: null };
}
