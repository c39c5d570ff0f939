/**
 * Network evidence over real DoH: a local unbound serving /work/shared/samples/zone.json, the Node undici h2
 * transport, the DoH client and the caching resolver. Prints queries, critical-path depth in round trips,
 * cold and warm-cache times for the kagoya-phish facts. Target: depth <= 3; warm cache makes zero requests.
 * `npx tsx scripts/bench/dns.ts [rounds]`
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { startUnboundDoh } from '../../tests/helpers/unbound.js';
import { measureWaves } from '../../tests/helpers/doh-waves.js';
import { createNodeDohTransport } from '../../src/platform/node/doh-transport.js';
import { createDohResolver } from '../../src/core/dns/doh-resolver.js';
import { createCachingResolver } from '../../src/core/dns/caching-resolver.js';
import type { DohTransport } from '../../src/core/dns/types.js';
import { gatherNetworkEvidence, type NetworkEvidenceInput } from '../../src/core/evidence/evidence.js';
import { SHARED } from '../../tests/helpers/shared.js';
import { analyzeMessage } from '../../src/core/analyze.js';
import { makeOrigin } from '../../src/core/rules/test-message.js';

const rounds = Number(process.argv[2] ?? 50);
const zone = JSON.parse(readFileSync(`${SHARED}/samples/zone.json`, 'utf8')) as Record<string, unknown>;
const input: NetworkEvidenceInput = {
  origin: makeOrigin({ ip: '52.140.204.1', helo: '[127.0.0.1]' }),
  fromDomain: 'kagoya.net',
  returnPathDomain: 'kagoya.net',
  heloName: '[127.0.0.1]',
  linkHosts: ['kagoya-support-notification.azurefd.net'],
};
const now = (): number => performance.now();
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;

const ub = await startUnboundDoh(zone);
const node = createNodeDohTransport({ ca: ub.caPem });
let requests = 0;
const counting: DohTransport = (req) => {
  requests++;
  return node(req);
};
const doh = createDohResolver({ endpoints: [ub.url], transport: counting, now });
let failed = false;
try {
  const { result, waves, perWave } = await measureWaves(doh, (r) => gatherNetworkEvidence(input, { resolver: r }));
  console.log(`findings: ${result.findings.map((f) => f.id).join(', ')}`);
  console.log(
    `origin: AS${result.origin.asn} ${result.origin.asName} ${result.origin.prefix} ${result.origin.country}, ptr=${JSON.stringify(result.origin.ptr)}`,
  );
  console.log(`questions per wave: ${perWave.map((w) => w.length).join(' + ')} = ${perWave.flat().length}`);
  console.log(`critical path: ${waves} round trips (target <= 3)`);
  if (waves > 3) failed = true;

  const cold: number[] = [];
  const warm: number[] = [];
  let coldRequests = 0;
  let warmRequests = 0;
  for (let i = 0; i < rounds; i++) {
    const cache = createCachingResolver(doh, { now: () => Date.now(), maxEntries: 1000 });
    requests = 0;
    let t = now();
    await gatherNetworkEvidence(input, { resolver: cache });
    cold.push(now() - t);
    coldRequests = requests;
    requests = 0;
    t = now();
    await gatherNetworkEvidence(input, { resolver: cache });
    warm.push(now() - t);
    warmRequests = Math.max(warmRequests, requests);
  }
  console.log(`queries (DoH requests) cold: ${coldRequests}`);
  console.log(
    `cold: median ${median(cold).toFixed(2)} ms, p95 ${p95(cold).toFixed(2)} ms (${rounds} runs, fresh cache, pooled h2 connection)`,
  );
  console.log(`warm: median ${median(warm).toFixed(3)} ms, p95 ${p95(warm).toFixed(3)} ms, requests: ${warmRequests} (target 0)`);
  if (warmRequests !== 0) failed = true;

  // The whole analysis of each sample (SPF, DKIM, DMARC, ARC and network evidence together) through the same DoH.
  for (const name of ['kagoya-phish', 'kagoya-legit']) {
    const raw = new Uint8Array(readFileSync(`tests/fixtures/samples/${name}.eml`));
    const { result, waves, perWave } = await measureWaves(doh, (r) =>
      analyzeMessage(raw, { resolver: r, offline: false, now: () => Date.now(), crypto: globalThis.crypto }),
    );
    console.log(
      `full analysis ${name}: ${result.verdict}, ${perWave.flat().length} queries in ${waves} round trips (${perWave.map((w) => w.length).join(' + ')})`,
    );
    const cache = createCachingResolver(doh, { now: () => Date.now(), maxEntries: 1000 });
    let t = now();
    await analyzeMessage(raw, { resolver: cache, offline: false, now: () => Date.now(), crypto: globalThis.crypto });
    const coldMs = now() - t;
    requests = 0;
    t = now();
    await analyzeMessage(raw, { resolver: cache, offline: false, now: () => Date.now(), crypto: globalThis.crypto });
    console.log(`full analysis ${name}: cold ${coldMs.toFixed(1)} ms, warm ${(now() - t).toFixed(1)} ms with ${requests} requests`);
    if (requests !== 0) failed = true;
  }
} finally {
  await node.close();
  await ub.stop();
}
if (failed) {
  console.log('dns bench: TARGET MISSED');
  process.exitCode = 1;
}
