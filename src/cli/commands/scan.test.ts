import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../main.js';
import type { CliIo } from '../io.js';

// In-process (no worker script given: the scan analyses on the main thread with the same code the workers run).
async function run(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const io: CliIo = {
    stdin: (async function* () {})(),
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    progress: (t) => progress.push(t),
    env,
  };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join(''), progress };
}

describe('sender-lens scan (in process)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sl-scan-cmd-'));
    copyFileSync('tests/fixtures/samples/kagoya-phish.eml', join(dir, 'phish.eml'));
    copyFileSync('tests/fixtures/samples/kagoya-legit.eml', join(dir, 'legit.eml'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one analyze --json object per message plus mailbox and campaign; exit code of the worst verdict', async () => {
    const r = await run(['scan', dir]);
    expect(r.code).toBe(2);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [String(l.file).split('/').pop(), l.verdict, l.mailbox, l.campaign])).toEqual([
      ['legit.eml', 'unknown', dir, null],
      ['phish.eml', 'danger', dir, null],
    ]);
    // Offline by default: the network checks are skipped, as with analyze --offline.
    const network = (lines[1]!.checks as { name: string; status: string }[]).filter((c) => !c.name.startsWith('rule:') && c.name !== 'qr');
    expect(network.length).toBeGreaterThan(0);
    expect(network.every((c) => c.status === 'skipped')).toBe(true);
    expect(r.stderr).toMatch(/2 messages \(2 analyzed .*main thread/);
    expect(r.stderr).toMatch(/verdicts: danger 1, caution 0, ok 0, unknown 1/);
    expect(r.stderr).toMatch(/offline \(no DNS requests\)/);
  });
  it('answers DNS from a fixture when asked (--dns-fixture)', async () => {
    const r = await run(['scan', dir, '--dns-fixture', 'tests/fixtures/samples/zone.json', '--now', '2023-11-14T00:30:00Z']);
    const legit = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; verdict: string })
      .find((l) => l.file.endsWith('legit.eml'));
    expect(legit!.verdict).toBe('ok');
  });
  it('usage errors', async () => {
    for (const args of [
      ['scan'],
      ['scan', dir, '--format', 'pdf'],
      ['scan', dir, '--offline', '--doh', 'https://x.example/dns-query'],
      ['scan', 'imaps://u@h/INBOX'],
      ['scan', join(dir, 'missing')],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr.length).toBeGreaterThan(0);
    }
  });
});
