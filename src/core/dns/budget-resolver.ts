/**
 * Per-message query budget: after `maxQueries` questions or past `deadline` (ms on the injected clock) every
 * question answers status 'error' with error 'budget' (callers report "could not verify"). Queries in flight at
 * the deadline are aborted and answer 'budget' too.
 */
import type { DnsResult, QueryOptions, Resolver, RRType } from './types.js';
import { errorResult } from './answer.js';
import { linkedController, raceAbort } from './abort.js';

export interface BudgetResolverOptions {
  maxQueries: number;
  /** Absolute time in ms, on the same clock as `now`. */
  deadline: number;
  now: () => number;
}

export const BUDGET_ERROR = 'budget';

export interface BudgetResolver extends Resolver {
  /** Questions passed to the inner resolver so far. */
  readonly used: number;
  /** Questions refused for budget or deadline. */
  readonly refused: number;
}

export function createBudgetResolver(inner: Resolver, opts: BudgetResolverOptions): BudgetResolver {
  const max = Number.isFinite(opts.maxQueries) ? Math.max(0, Math.floor(opts.maxQueries)) : 0;
  let used = 0;
  let refused = 0;
  const over = (name: string, type: RRType): DnsResult => {
    refused++;
    return errorResult(name, type, 'error', BUDGET_ERROR);
  };
  return {
    get used() {
      return used;
    },
    get refused() {
      return refused;
    },
    async query(name: string, type: RRType, options: QueryOptions = {}): Promise<DnsResult> {
      const left = opts.deadline - opts.now();
      if (used >= max || !(left > 0)) return over(name, type);
      used++;
      const link = linkedController([options.signal], left);
      try {
        const p = inner.query(name, type, { signal: link.controller.signal });
        const r = await raceAbort(p, link.controller.signal, () =>
          link.timedOut() ? over(name, type) : errorResult(name, type, 'error', 'query aborted'),
        );
        return r;
      } catch (e) {
        return errorResult(name, type, 'error', `internal: ${String(e)}`);
      } finally {
        link.dispose();
      }
    },
  };
}
