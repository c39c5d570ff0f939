import { readFile } from 'node:fs/promises';
import type { Resolver } from '../core/dns/types.js';
import {
  createDohResolver,
  createFixtureResolver,
  createNoneResolver,
  createCachingResolver,
  DEFAULT_DOH_ENDPOINTS,
} from '../core/dns/index.js';
import { createNodeDohTransport } from '../platform/node/doh-transport.js';
import { UsageError, allValues, lastValue, type ParsedArgs } from './args.js';
import { InputError } from '../platform/node/read-input.js';

export const RESOLVER_FLAGS = { values: ['doh', 'dns-fixture', 'doh-ca', 'dns-timeout'], booleans: ['offline'] } as const;

export interface ResolverChoice {
  resolver: Resolver;
  offline: boolean;
  close: () => Promise<void>;
}

/**
 * --offline: no requests at all. --dns-fixture ZONE.json: answers from the fixture file. --doh URL (repeatable,
 * tried in order): DNS-over-HTTPS. Default: the public DoH resolvers in DEFAULT_DOH_ENDPOINTS.
 * Only DNS names from the message leave the machine.
 */
export async function resolverFromArgs(args: ParsedArgs, now: () => number): Promise<ResolverChoice> {
  const chosen = ['offline', 'dns-fixture', 'doh'].filter((f) => args.booleans.has(f) || args.values.has(f));
  if (chosen.length > 1)
    throw new UsageError(`choose one of --offline, --dns-fixture, --doh (got ${chosen.map((c) => `--${c}`).join(', ')})`);
  if (args.booleans.has('offline')) return { resolver: createNoneResolver(), offline: true, close: async () => {} };
  const fixture = lastValue(args, 'dns-fixture');
  if (fixture) {
    let zone: unknown;
    try {
      zone = JSON.parse(await readFile(fixture, 'utf8'));
    } catch (e) {
      throw new InputError(`--dns-fixture ${fixture}: ${(e as Error).message}`);
    }
    return { resolver: createFixtureResolver(zone), offline: false, close: async () => {} };
  }
  const endpoints = allValues(args, 'doh');
  for (const url of endpoints) {
    if (!URL.canParse(url) || new URL(url).protocol !== 'https:') throw new UsageError(`--doh needs an https:// URL, got ${url}`);
  }
  const caFile = lastValue(args, 'doh-ca');
  const ca = caFile
    ? await readFile(caFile, 'utf8').catch((e: Error) => {
        throw new InputError(`--doh-ca ${caFile}: ${e.message}`);
      })
    : undefined;
  const timeout = lastValue(args, 'dns-timeout');
  const timeoutMs = timeout ? Number(timeout) : 2000;
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new UsageError('--dns-timeout takes milliseconds (a positive integer)');
  const transport = createNodeDohTransport(ca ? { ca } : {});
  const doh = createDohResolver({ endpoints: endpoints.length ? endpoints : [...DEFAULT_DOH_ENDPOINTS], transport, timeoutMs, now });
  return {
    resolver: createCachingResolver(doh, { now, maxEntries: 10_000 }),
    offline: false,
    close: async () => {
      await transport.close?.();
    },
  };
}
