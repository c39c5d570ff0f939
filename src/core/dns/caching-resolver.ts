/**
 * A TTL-honouring cache with in-flight de-duplication in front of any Resolver. Only definitive answers are cached
 * (ok, nxdomain, nodata); temporary failures never are. Least recently used entries are evicted past maxEntries.
 */
import type { DnsResult, QueryOptions, Resolver, RRType } from './types.js';
import { errorResult } from './answer.js';
import { raceAbort } from './abort.js';

export interface CachingResolverOptions {
  now: () => number;
  /** Entries kept (default 1000, 1..100000). */
  maxEntries?: number;
  /** Upper bound on any TTL in seconds (default 86400): a hostile server cannot pin an answer forever. */
  maxTtlSeconds?: number;
}

interface Entry {
  result: DnsResult;
  expires: number;
}

export interface CachingResolver extends Resolver {
  /** Number of cached entries (for tests and benchmarks). */
  readonly size: number;
  clear(): void;
}

function ttlOf(r: DnsResult): number | null {
  if (r.status === 'ok') return r.records.reduce((m, rec) => Math.min(m, rec.ttl), Number.POSITIVE_INFINITY);
  // RFC 2308 5: negative answers are cached for the SOA-derived TTL; without an SOA they SHOULD NOT be cached.
  if (r.status === 'nxdomain' || r.status === 'nodata') return r.negativeTtl ?? null;
  return null;
}

export function createCachingResolver(inner: Resolver, opts: CachingResolverOptions): CachingResolver {
  const maxEntries = Math.min(100_000, Math.max(1, Math.floor(opts.maxEntries ?? 1000)));
  const maxTtl = Math.max(0, opts.maxTtlSeconds ?? 86_400);
  const cache = new Map<string, Entry>();
  const inflight = new Map<string, Promise<DnsResult>>();

  const store = (key: string, r: DnsResult): void => {
    const ttl = ttlOf(r);
    if (ttl === null || !Number.isFinite(ttl) || ttl <= 0) return;
    cache.delete(key);
    cache.set(key, { result: r, expires: opts.now() + Math.min(ttl, maxTtl) * 1000 });
    while (cache.size > maxEntries) {
      const oldest = cache.keys().next();
      if (oldest.done) break;
      cache.delete(oldest.value);
    }
  };

  return {
    get size() {
      return cache.size;
    },
    clear() {
      cache.clear();
    },
    query(name: string, type: RRType, options: QueryOptions = {}): Promise<DnsResult> {
      const key = `${(name.endsWith('.') ? name.slice(0, -1) : name).toLowerCase()}|${type}`;
      const hit = cache.get(key);
      if (hit) {
        if (hit.expires > opts.now()) {
          cache.delete(key);
          cache.set(key, hit);
          return Promise.resolve({ ...hit.result, name });
        }
        cache.delete(key);
      }
      let shared = inflight.get(key);
      if (!shared) {
        // The shared query runs without any one caller's signal, so one caller aborting cannot fail the others.
        shared = inner
          .query(name, type)
          .catch((e: unknown) => errorResult(name, type, 'error', `internal: ${String(e)}`))
          .then((r) => {
            store(key, r);
            return r;
          })
          .finally(() => inflight.delete(key));
        inflight.set(key, shared);
      }
      const mine = shared.then((r) => ({ ...r, name }));
      if (!options.signal) return mine;
      return raceAbort(mine, options.signal, () => errorResult(name, type, 'error', 'query aborted'));
    },
  };
}
