/**
 * One message's memo: within a single analysis every question is asked at most once (SPF, DMARC and the network
 * evidence ask for the same MX and A records), whatever the TTL, and concurrent askers share one request.
 * Created per message and dropped with it, so nothing outlives the analysis (the TTL-honouring cache across
 * messages is createCachingResolver's job).
 */
import type { DnsResult, QueryOptions, Resolver, RRType } from './types.js';

export function createMessageMemo(inner: Resolver): Resolver {
  const memo = new Map<string, Promise<DnsResult>>();
  return {
    query(name: string, type: RRType, options?: QueryOptions): Promise<DnsResult> {
      const key = `${type} ${name.toLowerCase().replace(/\.$/, '')}`;
      let p = memo.get(key);
      if (!p) {
        p = inner.query(name, type, options);
        memo.set(key, p);
      }
      return p;
    },
  };
}
