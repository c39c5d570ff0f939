/**
 * Reputation sources for `sender-lens analyze`: RDAP domain age and DNS blocklists.
 * - RDAP: `--rdap-bootstrap FILE` (IANA dns.json format; may name http://127.0.0.1:PORT/ servers, everything else
 *   must be https) turns it on with that file. Without it, RDAP uses the shipped IANA bootstrap only when DNS goes to
 *   the default public resolvers; with `--doh` or `--dns-fixture` (which confine DNS traffic) it stays off unless a
 *   bootstrap file is given. `--no-rdap` and `--offline` turn it off.
 * - DNSBL: `--dnsbl SPEC` (repeatable): a known id (spamhaus-zen, spamhaus-dbl, surbl, uribl, spamcop, barracuda), its
 *   zone, or ip:ZONE / domain:ZONE. None by default; `--no-dnsbl` and `--offline` turn them off.
 */
import { readFile } from 'node:fs/promises';
import { createRdapClient, type RdapClient } from '../core/evidence/rdap/client.js';
import { parseRdapBootstrap } from '../core/evidence/rdap/bootstrap.js';
import { shippedRdapBootstrap } from '../core/evidence/rdap/shipped.js';
import { dnsblFromSpec } from '../core/evidence/dnsbl-lists.js';
import { createNodeRdapFetch } from '../platform/node/rdap-fetch.js';
import { InputError } from '../platform/node/read-input.js';
import { UsageError, allValues, lastValue, type ParsedArgs } from './args.js';

export const REPUTATION_FLAGS = { values: ['rdap-bootstrap', 'dnsbl'], booleans: ['no-rdap', 'no-dnsbl'] } as const;

export const REPUTATION_USAGE = `    [--rdap-bootstrap DNS.json | --no-rdap] [--dnsbl LIST]... [--no-dnsbl]`;

export interface ReputationChoice {
  rdap: RdapClient | null;
  dnsbl: string[];
  close: () => Promise<void>;
}

export async function reputationFromArgs(args: ParsedArgs, now: () => number): Promise<ReputationChoice> {
  const offline = args.booleans.has('offline');
  for (const spec of allValues(args, 'dnsbl')) if (!dnsblFromSpec(spec)) throw new UsageError(`--dnsbl takes a list id, a zone, ip:ZONE or domain:ZONE, got ${spec}`);
  const dnsbl = args.booleans.has('no-dnsbl') || offline ? [] : allValues(args, 'dnsbl');
  const file = lastValue(args, 'rdap-bootstrap');
  if (file && args.booleans.has('no-rdap')) throw new UsageError('choose one of --rdap-bootstrap and --no-rdap');
  const confined = args.values.has('doh') || args.values.has('dns-fixture');
  if (offline || args.booleans.has('no-rdap') || (!file && confined)) return { rdap: null, dnsbl, close: async () => {} };
  let bootstrap;
  if (file) {
    try {
      bootstrap = parseRdapBootstrap(JSON.parse(await readFile(file, 'utf8')), { allowLoopbackHttp: true });
    } catch (e) {
      throw new InputError(`--rdap-bootstrap ${file}: ${(e as Error).message}`);
    }
  } else bootstrap = shippedRdapBootstrap();
  const transport = createNodeRdapFetch();
  const rdap = createRdapClient({ fetch: transport.fetch, bootstrap, now, allowLoopbackHttp: !!file });
  return { rdap, dnsbl, close: () => transport.close() };
}
