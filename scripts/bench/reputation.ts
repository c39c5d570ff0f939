/**
 * Added latency of the reputation checks per message (issue #14): RDAP domain age and DNS blocklists, against a local
 * unbound (sample zone + blocklist entries) and a loopback RDAP server answering after a simulated registry delay.
 * For each message: the analysis without reputation sources vs with them, cold (fresh DNS cache, fresh RDAP client)
 * and warm (same caches again). Target: warm makes zero RDAP and zero DoH requests.
 * `npx tsx scripts/bench/reputation.ts [rounds] [rdapDelayMs]`
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { startUnboundDoh } from '../../tests/helpers/unbound.js';
import { startRdapServer } from '../../tests/helpers/rdap-server.js';
import { createNodeDohTransport } from '../../src/platform/node/doh-transport.js';
import { createNodeRdapFetch } from '../../src/platform/node/rdap-fetch.js';
import { createDohResolver } from '../../src/core/dns/doh-resolver.js';
import { createCachingResolver } from '../../src/core/dns/caching-resolver.js';
import type { DohTransport, Resolver } from '../../src/core/dns/types.js';
import { createRdapClient, type RdapClient } from '../../src/core/evidence/rdap/client.js';
import { parseRdapBootstrap } from '../../src/core/evidence/rdap/bootstrap.js';
import { analyzeMessage } from '../../src/core/analyze.js';

const rounds = Number(process.argv[2] ?? 10);
const delayMs = Number(process.argv[3] ?? 80);
const zone = JSON.parse(readFileSync('tests/fixtures/samples/zone.json', 'utf8')) as Record<string, unknown>;
const ub = await startUnboundDoh({
  ...zone,
  '1.204.140.52.zen.spamhaus.org': { A: ['127.0.0.4'] },
  'photo-share-album.com.dbl.spamhaus.org': { A: ['127.0.1.4'] },
});
const old = { registered: '2001-01-01T00:00:00Z' };
const rdap = await startRdapServer(
  {
    'kagoya.net': old,
    'kagoya.jp': old,
    'azurefd.net': old,
    'example.org': old,
    'photo-share-album.com': { registered: '2026-11-18T08:00:00Z' },
  },
  { delayMs },
);
const bootstrap = parseRdapBootstrap(rdap.bootstrap(['com', 'net', 'jp', 'org']), { allowLoopbackHttp: true });
const node = createNodeDohTransport({ ca: ub.caPem });
const http = createNodeRdapFetch();
let dohRequests = 0;
const counting: DohTransport = (req) => {
  dohRequests++;
  return node(req);
};
const doh = createDohResolver({ endpoints: [ub.url], transport: counting, now: () => performance.now() });
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const DNSBL = ['spamhaus-zen', 'spamhaus-dbl'];

async function timed(raw: Uint8Array, resolver: Resolver, client: RdapClient | null): Promise<number> {
  const t = performance.now();
  await analyzeMessage(raw, {
    resolver,
    offline: false,
    now: () => Date.now(),
    crypto: globalThis.crypto,
    rdap: client,
    settings: client ? { dnsbl: DNSBL } : {},
  });
  return performance.now() - t;
}

let failed = false;
try {
  console.log(`RDAP server delay ${delayMs} ms (simulated registry latency), blocklists ${DNSBL.join(', ')}, ${rounds} rounds, medians:`);
  for (const file of [
    'tests/fixtures/samples/kagoya-phish.eml',
    'tests/fixtures/samples/kagoya-legit.eml',
    'tests/fixtures/reputation/young-link.eml',
  ]) {
    const raw = new Uint8Array(readFileSync(file));
    const base = { cold: [] as number[], warm: [] as number[] };
    const rep = { cold: [] as number[], warm: [] as number[] };
    let warmRdap = 0;
    let warmDoh = 0;
    let coldRdap = 0;
    for (let i = 0; i < rounds; i++) {
      const c1 = createCachingResolver(doh, { now: () => Date.now(), maxEntries: 1000 });
      base.cold.push(await timed(raw, c1, null));
      base.warm.push(await timed(raw, c1, null));
      const c2 = createCachingResolver(doh, { now: () => Date.now(), maxEntries: 1000 });
      const client = createRdapClient({ fetch: http.fetch, bootstrap, now: () => Date.now(), allowLoopbackHttp: true });
      rep.cold.push(await timed(raw, c2, client));
      coldRdap = client.requests;
      dohRequests = 0;
      rep.warm.push(await timed(raw, c2, client));
      warmRdap = Math.max(warmRdap, client.requests - coldRdap);
      warmDoh = Math.max(warmDoh, dohRequests);
    }
    const name = file.split('/').pop();
    console.log(
      `${name}: cold ${median(base.cold).toFixed(1)} -> ${median(rep.cold).toFixed(1)} ms (added ${(median(rep.cold) - median(base.cold)).toFixed(1)} ms, ${coldRdap} RDAP requests); ` +
        `warm ${median(base.warm).toFixed(1)} -> ${median(rep.warm).toFixed(1)} ms (added ${(median(rep.warm) - median(base.warm)).toFixed(1)} ms, ${warmRdap} RDAP + ${warmDoh} DoH requests, target 0)`,
    );
    if (warmRdap !== 0 || warmDoh !== 0) failed = true;
  }
} finally {
  await http.close();
  await node.close();
  await rdap.stop();
  await ub.stop();
}
if (failed) {
  console.log('reputation bench: TARGET MISSED');
  process.exitCode = 1;
}
