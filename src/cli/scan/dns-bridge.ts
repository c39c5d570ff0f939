/**
 * Network evidence for a scan (--doh / --dns-fixture): ONE resolver in the main thread serves every worker by
 * message passing. So the cache is shared (a domain asked by a thousand messages is resolved once, whichever worker
 * analyzes them), and one request budget caps what the whole scan sends upstream. Per-worker caches would ask the
 * same names once per worker and need a budget shared across threads anyway; the price here is one message round
 * trip per question inside the process, negligible next to a DoH request. Past the budget, questions get a
 * temporary failure (`error`), which the core reports as "could not verify", never as a pass.
 */
import type { DnsResult, Resolver, RRType } from '../../core/dns/types.js';

export interface DnsQuestion {
  type: 'dns';
  id: number;
  name: string;
  rrtype: RRType;
}
export interface DnsAnswer {
  type: 'dns-answer';
  id: number;
  result: DnsResult;
}

export interface BudgetedResolver extends Resolver {
  /** Questions that went to the upstream resolver (cache misses included, budget refusals not). */
  sent(): number;
  refused(): number;
}

/**
 * Caps the questions that reach `upstream` (put it under the cache: cached answers cost nothing). Refused
 * questions fail temporarily with an explanation.
 */
export function withRequestBudget(upstream: Resolver, maxRequests: number): BudgetedResolver {
  let sent = 0;
  let refused = 0;
  return {
    async query(name, type, options) {
      if (sent >= maxRequests) {
        refused++;
        return {
          name,
          type,
          status: 'error',
          records: [],
          cnames: [],
          ad: false,
          error: `scan DNS request budget (${maxRequests}) used up`,
        };
      }
      sent++;
      return upstream.query(name, type, options);
    },
    sent: () => sent,
    refused: () => refused,
  };
}

/** Worker side: a Resolver that asks the main thread. */
export function createBridgeResolver(post: (q: DnsQuestion) => void): { resolver: Resolver; answer: (a: DnsAnswer) => void } {
  let next = 1;
  const waiting = new Map<number, (r: DnsResult) => void>();
  return {
    resolver: {
      query(name, rrtype) {
        const id = next++;
        return new Promise<DnsResult>((resolve) => {
          waiting.set(id, resolve);
          post({ type: 'dns', id, name, rrtype });
        });
      },
    },
    answer(a) {
      const resolve = waiting.get(a.id);
      waiting.delete(a.id);
      resolve?.(a.result);
    },
  };
}

/** Main side: answers one worker's question with the shared resolver. Never throws (a failure is a status). */
export async function answerQuestion(resolver: Resolver, q: DnsQuestion): Promise<DnsAnswer> {
  try {
    return { type: 'dns-answer', id: q.id, result: await resolver.query(q.name, q.rrtype) };
  } catch (e) {
    return {
      type: 'dns-answer',
      id: q.id,
      result: { name: q.name, type: q.rrtype, status: 'error', records: [], cnames: [], ad: false, error: (e as Error).message },
    };
  }
}
