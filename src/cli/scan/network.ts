/**
 * The scan's DNS: none by default (offline: zero requests). --dns-fixture answers from a zone file; --doh URL
 * (repeatable) asks DNS-over-HTTPS through one cache shared by all workers (see dns-bridge.ts) with at most
 * --dns-budget upstream requests for the whole scan (default DEFAULT_SCAN_DNS_BUDGET).
 */
import { createCachingResolver, createDohResolver } from '../../core/dns/index.js';
import type { Resolver } from '../../core/dns/types.js';
import { createNodeDohTransport } from '../../platform/node/doh-transport.js';
import { UsageError, allValues, lastValue, type ParsedArgs } from '../args.js';
import { resolverFromArgs } from '../resolver.js';
import { withRequestBudget, type BudgetedResolver } from './dns-bridge.js';
import { readFile } from 'node:fs/promises';
import { InputError } from '../../platform/node/read-input.js';

export const DEFAULT_SCAN_DNS_BUDGET = 20_000;

export interface ScanNetwork {
  resolver: Resolver | null;
  budget: BudgetedResolver | null;
  describe: string;
  close: () => Promise<void>;
}

function positiveInt(args: ParsedArgs, name: string, fallback: number): number {
  const v = lastValue(args, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} takes a positive integer, got ${v}`);
  return n;
}

export async function scanNetwork(args: ParsedArgs, now: () => number): Promise<ScanNetwork> {
  const doh = allValues(args, 'doh');
  const fixture = lastValue(args, 'dns-fixture');
  if (doh.length && fixture) throw new UsageError('choose one of --doh, --dns-fixture');
  if (fixture) {
    const choice = await resolverFromArgs(args, now);
    return { resolver: choice.resolver, budget: null, describe: `DNS fixture ${fixture}`, close: choice.close };
  }
  if (!doh.length) return { resolver: null, budget: null, describe: 'offline (no DNS requests)', close: async () => {} };
  for (const url of doh)
    if (!URL.canParse(url) || new URL(url).protocol !== 'https:') throw new UsageError(`--doh needs an https:// URL, got ${url}`);
  const caFile = lastValue(args, 'doh-ca');
  const ca = caFile
    ? await readFile(caFile, 'utf8').catch((e: Error) => {
        throw new InputError(`--doh-ca ${caFile}: ${e.message}`);
      })
    : undefined;
  const timeoutMs = positiveInt(args, 'dns-timeout', 2000);
  const max = positiveInt(args, 'dns-budget', DEFAULT_SCAN_DNS_BUDGET);
  const transport = createNodeDohTransport(ca ? { ca } : {});
  const budget = withRequestBudget(createDohResolver({ endpoints: doh, transport, timeoutMs, now }), max);
  const resolver = createCachingResolver(budget, { now, maxEntries: 50_000 });
  return {
    resolver,
    budget,
    describe: `DoH ${doh.join(', ')} (budget ${max} requests)`,
    close: async () => {
      await transport.close?.();
    },
  };
}
