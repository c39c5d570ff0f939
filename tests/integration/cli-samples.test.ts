// The CLI contract (issue #2 "Must show") through the BUILT command, as admins and other tools run it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CLI = 'bin/sender-lens.mjs';
const ZONE = 'tests/fixtures/samples/zone.json';
const PHISH = 'tests/fixtures/samples/kagoya-phish.eml';
const LEGIT = 'tests/fixtures/samples/kagoya-legit.eml';

function cli(args: string[], input?: string | Buffer) {
  const r = spawnSync('node', [CLI, ...args], { encoding: 'utf8', input, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
type Json = {
  file: string;
  verdict: string;
  score: number;
  strength: string;
  findings: { id: string; severity: string; contribution: number; message: string }[];
  origin: Record<string, unknown>;
  auth: Record<string, { result?: string } | unknown>;
};
const json = (stdout: string): Json[] =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Json);
const ids = (j: Json) => j.findings.map((f) => f.id);
const aboveInfo = (j: Json) => j.findings.filter((f) => f.severity !== 'info');

beforeAll(() => {
  if (!existsSync('dist/cli/sender-lens.mjs')) throw new Error('CLI not built: run `npm run build` first');
});

describe('sender-lens analyze (built CLI)', () => {
  it('kagoya-phish with the DNS fixture is danger with the offline and authentication findings', () => {
    const r = cli(['analyze', '--json', '--dns-fixture', ZONE, PHISH]);
    expect(r.code).toBe(2);
    const [j] = json(r.stdout);
    expect(j!.verdict).toBe('danger');
    for (const id of [
      'display-name-address-mismatch',
      'own-domain-impersonation',
      'brand-on-shared-host',
      'link-text-mismatch',
      'credential-lure',
      'spf-fail',
      'dmarc-fail',
      'origin-not-sender-infrastructure',
    ]) {
      expect(ids(j!), id).toContain(id);
    }
    // The user sees how strong the evidence is, and the findings that weigh most come first (issue #12).
    expect(j!.strength).toBe('strong');
    const weights = j!.findings.map((f) => f.contribution);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(weights[0]).toBeGreaterThan(0);
    expect(j!.origin).toMatchObject({ ip: '52.140.204.1', asn: 8075, rdns: null });
    expect((j!.auth.spf as { result: string }).result).toBe('fail');
    expect((j!.auth.dmarc as { result: string }).result).toBe('fail');
  });
  it('kagoya-phish offline is still danger', () => {
    const r = cli(['analyze', '--json', '--offline', PHISH]);
    expect(r.code).toBe(2);
    const [j] = json(r.stdout);
    expect(j!.verdict).toBe('danger');
    for (const id of [
      'display-name-address-mismatch',
      'own-domain-impersonation',
      'brand-on-shared-host',
      'link-text-mismatch',
      'credential-lure',
    ])
      expect(ids(j!)).toContain(id);
  });
  it('kagoya-legit with the DNS fixture is ok with no finding above info', () => {
    const r = cli(['analyze', '--json', '--dns-fixture', ZONE, LEGIT]);
    expect(r.code).toBe(0);
    const [j] = json(r.stdout);
    expect(j!.verdict).toBe('ok');
    expect(j!.strength).toBe('none');
    expect(ids(j!)).toContain('sender-domain-verified');
    expect(aboveInfo(j!)).toEqual([]);
    expect(j!.origin).toMatchObject({ ip: '203.142.206.14', rdns: 'mas14.kagoya.net', fcrdns: true, asn: 17930 });
    expect((j!.auth.spf as { result: string }).result).toBe('pass');
    expect((j!.auth.dmarc as { result: string }).result).toBe('pass');
    expect((j!.auth.dkim as { result: string; domain: string }[])[0]).toMatchObject({ result: 'pass', domain: 'kagoya.jp' });
  });
  it('kagoya-legit offline is not ok (nothing verified) and has no finding above info', () => {
    const [j] = json(cli(['analyze', '--json', '--offline', LEGIT]).stdout);
    expect(j!.verdict).toBe('unknown');
    expect(aboveInfo(j!)).toEqual([]);
  });
  it('writes one JSON line per file, reads stdin with -, and returns the worst exit code', () => {
    const r = cli(['analyze', '--json', '--offline', LEGIT, '-'], readFileSync(PHISH));
    const lines = json(r.stdout);
    expect(lines.map((l) => [l.file, l.verdict])).toEqual([
      [LEGIT, 'unknown'],
      ['-', 'danger'],
    ]);
    expect(r.code).toBe(2);
  });
  it('explains in Japanese with --lang ja', () => {
    const r = cli(['analyze', '--offline', '--lang', 'ja', PHISH]);
    expect(r.stdout).toContain('判定: 危険');
    expect(r.stdout).toContain('リンクの本当の行き先');
  });
  it('usage and input errors exit 3 with one clear line and no stack trace', () => {
    for (const args of [
      ['analyze'],
      ['analyze', '--bogus', PHISH],
      ['analyze', '--offline', 'no-such-file.eml'],
      ['analyze', '--offline', '--doh', 'https://127.0.0.1:9/dns-query', PHISH],
      ['nope'],
      ['analyze', '--dns-fixture', 'no-such-zone.json', PHISH],
    ]) {
      const r = cli(args);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.trim().length).toBeGreaterThan(0);
    }
  });
});

describe('sender-lens spf/dkim/dmarc/arc (built CLI)', () => {
  it('spf prints the result word first', () => {
    const r = cli(['spf', '--ip', '52.140.204.1', '--helo', '[127.0.0.1]', '--mail-from', 'support@kagoya.net', '--dns-fixture', ZONE]);
    expect(r.stdout.split(' ')[0]).toBe('fail');
    const ok = cli([
      'spf',
      '--ip',
      '203.142.206.14',
      '--helo',
      'mas14.kagoya.net',
      '--mail-from',
      'bounce-4821@mail.kagoya.jp',
      '--dns-fixture',
      ZONE,
    ]);
    expect(ok.stdout.split(' ')[0]).toBe('pass');
  });
  it('dkim, dmarc and arc over files', () => {
    expect(cli(['dkim', '--dns-fixture', ZONE, LEGIT]).stdout.split(' ')[0]).toBe('pass');
    expect(cli(['dmarc', '--dns-fixture', ZONE, PHISH]).stdout.split(' ')[0]).toBe('fail');
    expect(cli(['dmarc', '--dns-fixture', ZONE, LEGIT]).stdout.split(' ')[0]).toBe('pass');
    expect(cli(['arc', '--dns-fixture', ZONE, LEGIT]).stdout.split(' ')[0]).toBe('none');
    const j = JSON.parse(cli(['dkim', '--json', '--dns-fixture', ZONE, LEGIT]).stdout) as { dkim: { result: string; selector: string }[] };
    expect(j.dkim[0]).toMatchObject({ result: 'pass', selector: 'fixture2023' });
  });
});
