/** In-memory TXT resolvers for the DKIM/ARC conformance suites (hermetic; no network). */
import type { DnsResult, Resolver, RRType, DnsStatus } from '../../../src/core/dns/types.js';

/** name -> list of TXT RRs, each a list of character-strings. */
export type TxtZone = Record<string, string[][]>;

export interface MemoryResolverOptions {
  /** Names whose queries fail temporarily with this status. */
  failures?: Record<string, DnsStatus>;
}

export class MemoryTxtResolver implements Resolver {
  readonly queries: string[] = [];
  private readonly zone = new Map<string, string[][]>();
  constructor(
    zone: TxtZone,
    private readonly opts: MemoryResolverOptions = {},
  ) {
    for (const [k, v] of Object.entries(zone)) this.zone.set(k.toLowerCase().replace(/\.$/, ''), v);
  }

  query(name: string, type: RRType): Promise<DnsResult> {
    const n = name.toLowerCase().replace(/\.$/, '');
    this.queries.push(`${n}/${type}`);
    const base = { name: n, type, cnames: [], ad: false };
    const failure = this.opts.failures?.[n];
    if (failure) return Promise.resolve({ ...base, status: failure, records: [], error: 'simulated' });
    const rrs = this.zone.get(n);
    if (!rrs) return Promise.resolve({ ...base, status: 'nxdomain', records: [] });
    if (type !== 'TXT' || rrs.length === 0) return Promise.resolve({ ...base, status: 'nodata', records: [] });
    return Promise.resolve({
      ...base,
      status: 'ok',
      records: rrs.map((strings) => ({ type: 'TXT' as const, name: n, ttl: 300, strings })),
    });
  }
}

/** Zone from `{name: "one string"}` (one single-string RR per name). */
export function zoneFromSingleStrings(map: Record<string, string>): TxtZone {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, [[v]]]));
}

/** Zone from the samples' zone.json format (`{name: {TXT: [[...]], A: [...]}}`), TXT only. */
export function zoneFromSamples(json: Record<string, unknown>): TxtZone {
  const out: TxtZone = {};
  for (const [k, v] of Object.entries(json)) {
    if (k.startsWith('_comment') || typeof v !== 'object' || v === null) continue;
    const txt = (v as { TXT?: unknown }).TXT;
    out[k] = Array.isArray(txt) ? (txt as string[][]) : [];
  }
  return out;
}
