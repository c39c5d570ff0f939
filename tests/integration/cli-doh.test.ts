// Issue #3 "Must show": the built CLI against a real DoH server (Debian unbound on 127.0.0.1 serving the
// sample zone) reports the network evidence for both samples, identical to the fixture resolver.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startUnboundDoh, type UnboundDoh } from '../helpers/unbound.js';

const ZONE = 'tests/fixtures/samples/zone.json';
let doh: UnboundDoh;
let dir: string;
let caFile: string;

beforeAll(async () => {
  doh = await startUnboundDoh(JSON.parse(readFileSync(ZONE, 'utf8')) as Record<string, unknown>);
  dir = mkdtempSync(join(tmpdir(), 'sl-cli-doh-'));
  caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, doh.caPem);
});
afterAll(async () => {
  await doh?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type Line = {
  verdict: string;
  findings: { id: string }[];
  origin: Record<string, unknown>;
  auth: Record<string, { result: string } | { result: string }[]>;
};
function analyze(file: string, resolverArgs: string[]): Line {
  const r = spawnSync('node', ['bin/sender-lens.mjs', 'analyze', '--json', ...resolverArgs, file], { encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Line;
}
const viaDoh = (file: string) => analyze(file, ['--doh', doh.url, '--doh-ca', caFile]);

describe('sender-lens analyze --doh (real unbound DoH on 127.0.0.1)', () => {
  it('kagoya-phish: origin 52.140.204.1, AS8075, no PTR, not the sender infrastructure, SPF and DMARC fail', () => {
    const j = viaDoh('tests/fixtures/samples/kagoya-phish.eml');
    expect(j.verdict).toBe('danger');
    expect(j.origin).toMatchObject({ ip: '52.140.204.1', asn: 8075, rdns: null, country: 'US' });
    const ids = j.findings.map((f) => f.id);
    for (const id of ['origin-not-sender-infrastructure', 'no-ptr', 'spf-fail', 'dmarc-fail']) expect(ids).toContain(id);
  });
  it('kagoya-legit: origin 203.142.206.14, PTR mas14.kagoya.net forward-confirmed, AS17930, ok', () => {
    const j = viaDoh('tests/fixtures/samples/kagoya-legit.eml');
    expect(j.verdict).toBe('ok');
    expect(j.origin).toMatchObject({ ip: '203.142.206.14', rdns: 'mas14.kagoya.net', fcrdns: true, asn: 17930, country: 'JP' });
  });
  it('gives the same report through DoH as through the fixture resolver', () => {
    for (const file of ['tests/fixtures/samples/kagoya-phish.eml', 'tests/fixtures/samples/kagoya-legit.eml']) {
      const a = viaDoh(file);
      const b = analyze(file, ['--dns-fixture', ZONE]);
      expect({ v: a.verdict, f: a.findings.map((f) => f.id), o: a.origin, auth: a.auth }).toEqual({
        v: b.verdict,
        f: b.findings.map((f) => f.id),
        o: b.origin,
        auth: b.auth,
      });
    }
  });
});
