/**
 * A resolver answering from zone fixture JSON (see zone.ts), for unit tests and the offline sample corpus.
 * TIMEOUT answers come back as status 'timeout' after `timeoutMs` (default 0, so unit tests stay fast).
 */
import type { DnsRecord, DnsResult, QueryOptions, Resolver, RRType } from './types.js';
import { errorResult, MAX_CNAME_CHAIN } from './answer.js';
import { FIXTURE_TTL, normalizeName, parseZone, type Zone } from './zone.js';
import { nameToLabels } from './wire/name.js';

export interface FixtureResolverOptions {
  /** Delay before a TIMEOUT name answers 'timeout' (ms, default 0). */
  timeoutMs?: number;
  /** Value of the AD bit in every answer (default false). */
  ad?: boolean;
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = (): void => {
      clearTimeout(timer);
      resolve();
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}

function answer(zone: Zone, name: string, type: RRType, ad: boolean): DnsResult | 'timeout' {
  const cnames: string[] = [];
  let current = normalizeName(name);
  for (let hop = 0; hop <= MAX_CNAME_CHAIN; hop++) {
    const node = zone.get(current);
    if (!node) return { name, type, status: 'nxdomain', records: [], cnames, ad, negativeTtl: FIXTURE_TTL };
    if (node.timeout || node.timeoutTypes.has(type)) return 'timeout';
    const records: DnsRecord[] = node.records.filter((r) => r.type === type);
    if (records.length > 0) return { name, type, status: 'ok', records, cnames, ad };
    const cname = type === 'CNAME' ? undefined : node.records.find((r) => r.type === 'CNAME');
    if (!cname || cname.type !== 'CNAME') return { name, type, status: 'nodata', records: [], cnames, ad, negativeTtl: FIXTURE_TTL };
    if (cnames.includes(cname.data)) break;
    cnames.push(cname.data);
    current = cname.data;
  }
  return { ...errorResult(name, type, 'error', 'CNAME loop or chain too long'), cnames };
}

/** Never throws: an invalid zone gives a resolver whose every answer is status 'error' with the parse error. */
export function createFixtureResolver(zone: unknown, opts: FixtureResolverOptions = {}): Resolver {
  const parsed = parseZone(zone);
  const timeoutMs = opts.timeoutMs !== undefined && Number.isFinite(opts.timeoutMs) ? Math.max(0, opts.timeoutMs) : 0;
  const ad = opts.ad === true;
  return {
    async query(name: string, type: RRType, options: QueryOptions = {}): Promise<DnsResult> {
      if (!parsed.ok) return errorResult(name, type, 'error', `fixture zone invalid: ${parsed.error}`);
      try {
        nameToLabels(name);
      } catch (e) {
        return errorResult(name, type, 'error', `not a valid query: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (options.signal?.aborted) return errorResult(name, type, 'error', 'query aborted');
      const res = answer(parsed.zone, name, type, ad);
      if (res !== 'timeout') return res;
      await wait(timeoutMs, options.signal);
      if (options.signal?.aborted) return errorResult(name, type, 'error', 'query aborted');
      return errorResult(name, type, 'timeout', `no answer within ${timeoutMs} ms (fixture TIMEOUT)`);
    },
  };
}
