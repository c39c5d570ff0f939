/**
 * SPF/DMARC evaluation throughput with an in-memory zone (no network): runs every openspf RFC 7208 case
 * and the samples' DMARC checks repeatedly and prints figures. `npx tsx scripts/bench/spf.ts [rounds]`
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkHost } from '../../src/core/auth/spf/index.js';
import { evaluateDmarc } from '../../src/core/auth/dmarc/index.js';
import { yamlLoadAll, zoneFromJson, zoneFromYaml } from '../../tests/conformance/helpers/yaml-zone.js';
import { SHARED } from '../../tests/helpers/shared.js';

interface Scenario {
  tests: Record<string, { host: string; helo: string; mailfrom: string }>;
  zonedata: Record<string, unknown[]>;
}

const rounds = Number(process.argv[2] ?? 20);
const scenarios = yamlLoadAll(readFileSync(`${SHARED}/conformance/spf-rfc7208/rfc7208-tests.yml`, 'latin1')) as Scenario[];
const cases = scenarios.flatMap((sc) => {
  const zone = zoneFromYaml(sc.zonedata);
  return Object.values(sc.tests).map((t) => {
    const sender = t.mailfrom ? String(t.mailfrom) : `postmaster@${t.helo}`;
    return { zone, p: { ip: String(t.host), domain: sender.slice(sender.lastIndexOf('@') + 1), sender, helo: String(t.helo) } };
  });
});
let n = 0;
const t0 = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const c of cases) {
    await checkHost(c.p, { resolver: c.zone });
    n++;
  }
}
const spfMs = performance.now() - t0;
console.log(`spf: ${n} check_host calls in ${spfMs.toFixed(1)} ms = ${((spfMs / n) * 1000).toFixed(1)} µs/call`);

const zone = zoneFromJson(JSON.parse(readFileSync(`${SHARED}/samples/zone.json`, 'utf8')) as Record<string, unknown>);
const spf = await checkHost(
  { ip: '203.142.206.14', domain: 'mail.kagoya.jp', sender: 'b@mail.kagoya.jp', helo: 'mas14.kagoya.net' },
  { resolver: zone },
);
const t1 = performance.now();
const m = rounds * 200;
for (let i = 0; i < m; i++) await evaluateDmarc({ fromDomain: 'kagoya.jp', spf, dkim: [] }, { resolver: zone });
const dmarcMs = performance.now() - t1;
console.log(`dmarc: ${m} evaluations in ${dmarcMs.toFixed(1)} ms = ${((dmarcMs / m) * 1000).toFixed(1)} µs/call`);
