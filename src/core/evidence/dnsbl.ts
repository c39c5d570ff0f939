/**
 * DNS blocklist lookups (RFC 5782), off unless the user enables lists. IP lists are asked for the origin IP
 * (`<reversed IP>.<zone>`, 2.1 and 2.4), domain lists for the sender and link domains (`<domain>.<zone>`, 2.3).
 * A listing is an A record in 127.0.0.0/8; each list's "query refused" answers (dnsbl-lists.ts) are "could not
 * check" with the list's hint, never a listing and never clean.
 */
import { parseIp, reversedLabels } from '../dns/ip.js';
import { addressesOf, fromResult, type Ask, type Lookup } from './lookup.js';
import { readDnsblAnswer, type DnsblList, type DnsblReading } from './dnsbl-lists.js';

export { MAX_DNSBLS } from './dnsbl-lists.js';

export type DnsblOutcome = { list: DnsblList; target: string; reading: DnsblReading | null };

/** The DNSxL query name for an IP (RFC 5782 2.1 / 2.4 nibbles) or a domain (2.3). */
export function dnsblName(list: DnsblList, target: string): string | null {
  if (list.kind === 'ip') {
    const p = parseIp(target);
    return p ? `${reversedLabels(p)}.${list.zone}` : null;
  }
  const name = `${target}.${list.zone}`;
  return name.length <= 253 ? name : null;
}

/** Asks one list about one IP or domain. `reading` null = not listed (NXDOMAIN/NODATA); temporary = could not check. */
export async function checkDnsbl(ask: Ask, list: DnsblList, target: string): Promise<Lookup<DnsblOutcome>> {
  const none: DnsblOutcome = { list, target, reading: null };
  const name = dnsblName(list, target);
  if (!name) return { value: none, temporary: false, offline: false, problem: null };
  const r = await ask(name, 'A');
  if (r.status !== 'ok') return fromResult(r, none);
  const codes = addressesOf(r);
  if (codes.length === 0) return { value: none, temporary: false, offline: false, problem: null };
  const reading = readDnsblAnswer(list, codes);
  if (reading.kind === 'refused') {
    return {
      value: { ...none, reading },
      temporary: true,
      offline: false,
      problem: `${list.zone} refused the query (${codes.join(', ')})${list.refusalHint ? `: ${list.refusalHint}` : ''}`,
    };
  }
  if (reading.kind === 'odd')
    return {
      value: { ...none, reading },
      temporary: true,
      offline: false,
      problem: `${list.zone} answered outside 127.0.0.0/8 (${codes.join(', ')})`,
    };
  return { value: { ...none, reading }, temporary: false, offline: false, problem: null };
}
