// `sender-lens scan --doh` (issue #16): network evidence for a whole scan through ONE resolver in the main thread
// (shared cache across the worker threads) with a request budget, against a real DoH server (Debian unbound on
// 127.0.0.1 serving the sample zone). Built CLI, 2 workers.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startUnboundDoh, type UnboundDoh } from '../helpers/unbound.js';
import { campaignCopy } from '../helpers/campaign-copies.js';

const ZONE = 'tests/fixtures/samples/zone.json';
const NOW = '2023-11-14T00:30:00Z';
let doh: UnboundDoh;
let dir: string;
let caFile: string;
let mail: string;

type Line = { file: string; verdict: string; findings: { id: string }[]; checks: { name: string; status: string }[] };
const scan = (extra: string[], source = mail) => {
  const r = spawnSync(
    'node',
    ['bin/sender-lens.mjs', 'scan', source, '--doh', doh.url, '--doh-ca', caFile, '--now', NOW, '--workers', '2', ...extra],
    { encoding: 'utf8', timeout: 300_000 },
  );
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);
  const m = /(\d+) DNS requests sent, (\d+) refused by the budget/.exec(r.stderr);
  return { code: r.status, lines, stderr: r.stderr, sent: Number(m?.[1]), refused: Number(m?.[2]) };
};

beforeAll(async () => {
  doh = await startUnboundDoh(JSON.parse(readFileSync(ZONE, 'utf8')) as Record<string, unknown>);
  dir = mkdtempSync(join(tmpdir(), 'sl-scan-doh-'));
  caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, doh.caPem);
  mail = join(dir, 'mail');
  mkdirSync(mail);
  ['a@example.jp', 'b@example.jp', 'c@example.jp', 'd@example.jp'].forEach((r, i) =>
    writeFileSync(join(mail, `phish-${i}.eml`), campaignCopy(r, `tok${i}abcdef123456`, i)),
  );
  copyFileSync('tests/fixtures/samples/kagoya-legit.eml', join(mail, 'legit.eml'));
});
afterAll(async () => {
  await doh?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('sender-lens scan --doh (real unbound DoH on 127.0.0.1)', () => {
  it('gives every worker the network evidence through one shared cache', () => {
    const r = scan([]);
    expect(r.code).toBe(2);
    const phish = r.lines.filter((l) => l.file.includes('phish-'));
    expect(phish).toHaveLength(4);
    for (const p of phish) {
      expect(p.verdict).toBe('danger');
      for (const id of ['spf-fail', 'dmarc-fail', 'origin-not-sender-infrastructure']) expect(p.findings.map((f) => f.id)).toContain(id);
    }
    expect(r.lines.find((l) => l.file.endsWith('legit.eml'))!.verdict).toBe('ok');
    // Four copies and the legit mail through the shared cache ask no more than one copy and the legit mail alone.
    const single = join(dir, 'single');
    mkdirSync(single);
    copyFileSync(join(mail, 'phish-0.eml'), join(single, 'phish-0.eml'));
    copyFileSync(join(mail, 'legit.eml'), join(single, 'legit.eml'));
    const alone = scan([], single);
    expect(alone.sent).toBeGreaterThan(10);
    expect(r.sent).toBeLessThanOrEqual(alone.sent);
    expect(r.refused).toBe(0);
    console.log(`scan --doh: 5 messages sent ${r.sent} DNS requests; 2 messages (one copy + legit) sent ${alone.sent}`);
  });
  it('past the request budget: "could not verify", never a pass', () => {
    const r = scan(['--dns-budget', '4']);
    expect(r.sent).toBe(4);
    expect(r.refused).toBeGreaterThan(0);
    const legit = r.lines.find((l) => l.file.endsWith('legit.eml'))!;
    expect(legit.verdict).not.toBe('ok');
    expect(r.lines.flatMap((l) => l.checks).some((c) => c.status === 'unavailable')).toBe(true);
  });
});
