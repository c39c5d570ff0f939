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
import { createPostJson } from '../platform/shared/post-json.js';
import { createSafeBrowsingClient, type UrlReputationClient } from '../core/evidence/safe-browsing.js';
import { fetch as undiciFetch } from 'undici';
import { InputError } from '../platform/node/read-input.js';
import { UsageError, allValues, lastValue, type ParsedArgs } from './args.js';

export const REPUTATION_FLAGS = {
  values: ['rdap-bootstrap', 'dnsbl', 'safe-browsing-key-file'],
  booleans: ['no-rdap', 'no-dnsbl'],
} as const;

export const REPUTATION_USAGE = `    [--rdap-bootstrap DNS.json | --no-rdap] [--dnsbl LIST]... [--no-dnsbl] [--safe-browsing-key-file FILE]`;

export interface ReputationChoice {
  rdap: RdapClient | null;
  urlReputation: UrlReputationClient | null;
  dnsbl: string[];
  close: () => Promise<void>;
}

export async function reputationFromArgs(args: ParsedArgs, now: () => number): Promise<ReputationChoice> {
  const offline = args.booleans.has('offline');
  for (const spec of allValues(args, 'dnsbl'))
    if (!dnsblFromSpec(spec)) throw new UsageError(`--dnsbl takes a list id, a zone, ip:ZONE or domain:ZONE, got ${spec}`);
  const dnsbl = args.booleans.has('no-dnsbl') || offline ? [] : allValues(args, 'dnsbl');
  const file = lastValue(args, 'rdap-bootstrap');
  if (file && args.booleans.has('no-rdap')) throw new UsageError('choose one of --rdap-bootstrap and --no-rdap');
  const confined = args.values.has('doh') || args.values.has('dns-fixture');
  const urlReputation = await safeBrowsingFromArgs(args, now);
  if (offline || args.booleans.has('no-rdap') || (!file && confined)) return { rdap: null, urlReputation, dnsbl, close: async () => {} };
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
  return { rdap, urlReputation, dnsbl, close: () => transport.close() };
}

/**
 * --safe-browsing-key-file FILE: Google Safe Browsing Lookup with the key in FILE (a file, so the key stays out of
 * process listings). Sends the key and the link URLs to safebrowsing.googleapis.com. Off with --offline.
 */
async function safeBrowsingFromArgs(args: ParsedArgs, now: () => number): Promise<UrlReputationClient | null> {
  const keyFile = lastValue(args, 'safe-browsing-key-file');
  if (!keyFile || args.booleans.has('offline')) return null;
  const key = (
    await readFile(keyFile, 'utf8').catch((e: Error) => {
      throw new InputError(`--safe-browsing-key-file ${keyFile}: ${e.message}`);
    })
  ).trim();
  if (!/^[A-Za-z0-9_-]{10,200}$/.test(key)) throw new InputError(`--safe-browsing-key-file ${keyFile}: not an API key`);
  const post = createPostJson(async (url, init) => {
    const res = await undiciFetch(url, init);
    return { status: res.status, body: res.body as unknown as ReadableStream | null };
  });
  return createSafeBrowsingClient({ key, post, now, clientVersion: '0.1.0' });
}
