// `sender-lens scan` over files (issue #16), through the BUILT CLI with worker threads: campaign grouping of three
// copies of a phish among unrelated mail, --like, resume after an interruption, and mbox faults that never stop
// a scan. Corpus and sample are read from ../shared at test time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED } from '../helpers/shared.js';
import { campaignCopy } from '../helpers/campaign-copies.js';

const CLI = 'bin/sender-lens.mjs';
const CORPUS = join(SHARED, 'corpus', 'dev');
const RECIPIENTS = ['taro@example.jp', 'hanako@example.co.jp', 'admin@corp.example'];
const TOKENS = ['a8f3k2j9x7q1zz', 'Q2hhbmdlTWUxMjM0', '5f1c0e9b2d7a4c3e'];

type Line = { file: string; verdict: string; campaign: string | null; mailbox: string; findings: { id: string }[] };
const cli = (args: string[]) => spawnSync('node', [CLI, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 300_000 });
const parse = (stdout: string): Line[] =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);

const skip = existsSync(CORPUS) && existsSync(join(SHARED, 'samples', 'kagoya-phish.eml')) ? null : 'shared corpus/samples missing';

describe.skipIf(skip !== null)('sender-lens scan over files (built CLI)', () => {
  let tmp: string;
  let folder: string;
  const unrelated: string[] = [];

  beforeAll(() => {
    if (!existsSync('dist/cli/sender-lens.mjs')) throw new Error('CLI not built: run `npm run build` first');
    tmp = mkdtempSync(join(tmpdir(), 'sender-lens-scan-files-'));
    folder = join(tmp, 'mail');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    RECIPIENTS.forEach((r, i) => writeFileSync(join(folder, i === 1 ? 'sub' : '', `copy-${i}.eml`), campaignCopy(r, TOKENS[i]!, i)));
    for (const label of ['ham', 'phish']) {
      for (const f of readdirSync(join(CORPUS, label)).sort().slice(0, 30)) {
        copyFileSync(join(CORPUS, label, f), join(folder, `${label}-${f}.eml`));
        unrelated.push(`${label}-${f}.eml`);
      }
    }
    copyFileSync(join(SHARED, 'samples', 'kagoya-legit.eml'), join(folder, 'kagoya-legit.eml'));
  });
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('groups the three copies of a phish, and only them, into one campaign listing the recipients', () => {
    const r = cli(['scan', folder, '--workers', '2']);
    expect(r.status).toBe(2);
    const lines = parse(r.stdout);
    expect(lines).toHaveLength(3 + unrelated.length + 1);
    const copies = lines.filter((l) => /copy-\d\.eml$/.test(l.file));
    expect(copies).toHaveLength(3);
    const id = copies[0]!.campaign;
    expect(id).toMatch(/^c\d+$/);
    expect(copies.map((c) => c.campaign)).toEqual([id, id, id]);
    expect(lines.filter((l) => l.campaign === id)).toHaveLength(3);
    expect(lines.find((l) => l.file.endsWith('kagoya-legit.eml'))!.campaign).not.toBe(id);
    // Every line is the analyze --json object plus mailbox and campaign.
    expect(Object.keys(copies[0]!).slice(-2)).toEqual(['mailbox', 'campaign']);
    expect(copies.find((c) => c.file.includes('/sub/'))!.mailbox).toBe(join(folder, 'sub'));

    const csv = cli(['scan', folder, '--workers', '2', '--format', 'csv']);
    const rows = csv.stdout
      .trim()
      .split('\r\n')
      .filter((l) => l.includes(`,${id}`) && /copy-\d/.test(l));
    expect(rows).toHaveLength(3);
    for (const rcpt of RECIPIENTS) expect(rows.some((row) => row.includes(rcpt))).toBe(true);

    const html = cli(['scan', folder, '--workers', '2', '--format', 'html']).stdout;
    const group = new RegExp(`<li id="campaign-${id}">([\\s\\S]*?)</ul></li>`).exec(html)?.[1] ?? '';
    expect(group).toContain('3 messages');
    for (const rcpt of RECIPIENTS) expect(group).toContain(rcpt);
  });

  it('--like FILE.eml prints the messages of the same campaign as the example', () => {
    const example = join(tmp, 'example.eml');
    writeFileSync(example, campaignCopy('someone.else@another.example', 'ZZtoken998877xx', 7));
    const r = cli(['scan', folder, '--workers', '2', '--like', example]);
    const lines = parse(r.stdout);
    expect(lines.map((l) => l.file.split('/').pop()).sort()).toEqual(['copy-0.eml', 'copy-1.eml', 'copy-2.eml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--like .*: 3 messages of the same campaign/);
    const none = cli(['scan', folder, '--workers', '1', '--like', join(SHARED, 'samples', 'kagoya-legit.eml')]);
    expect(parse(none.stdout).filter((l) => /copy-/.test(l.file))).toEqual([]);
  });

  it('resumes an interrupted scan from its state file without re-analysing what is done', () => {
    const state = join(tmp, 'state.jsonl');
    const full = cli(['scan', folder, '--workers', '2', '--resume', state]);
    expect(full.stderr).toMatch(new RegExp(`${3 + unrelated.length + 1} analyzed`));
    // Simulate an interruption: keep the header and 20 records, then a torn half record.
    const lines = readFileSync(state, 'utf8').split('\n');
    writeFileSync(state, `${lines.slice(0, 21).join('\n')}\n${lines[21]!.slice(0, 40)}`);
    const resumed = cli(['scan', folder, '--workers', '2', '--resume', state]);
    expect(resumed.stderr).toMatch(new RegExp(`${3 + unrelated.length + 1 - 20} analyzed .*; 20 from the state file`));
    // Re-analysed messages differ only in their analysis time.
    const timeless = (out: string): string => out.replace(/"elapsedMs":\d+/g, '"elapsedMs":0');
    expect(timeless(resumed.stdout)).toBe(timeless(full.stdout));
    expect(resumed.status).toBe(full.status);
    const again = cli(['scan', folder, '--workers', '2', '--resume', state]);
    expect(again.stderr).toMatch(/\(0 analyzed/);
    expect(again.stdout).toBe(resumed.stdout);
    // A state file of another source is refused.
    const other = cli(['scan', join(tmp, 'mail', 'sub'), '--resume', state]);
    expect(other.status).toBe(3);
    expect(other.stderr).toMatch(/belongs to another scan/);
  });

  it('an mbox with damage and an oversize message: faults counted and listed, the rest scanned', () => {
    // Messages that do not start with an mbox envelope line of their own.
    const names = readdirSync(join(CORPUS, 'ham'))
      .sort()
      .filter((n) => !readFileSync(join(CORPUS, 'ham', n), 'latin1').startsWith('From '))
      .slice(0, 12);
    const msgs = names.map((n) =>
      readFileSync(join(CORPUS, 'ham', n), 'latin1')
        .replace(/\r\n/g, '\n')
        .replace(/^From /gm, '>From '),
    );
    const big = `From: big@example.com\nTo: a@example.jp\nSubject: big\n\n${'x'.repeat(300_000)}\n`;
    const mbox = [
      'garbage before the first separator\n\n',
      ...msgs.slice(0, 6).map((m) => `From sender@example.com Mon Jan  1 00:00:00 2024\n${m}\n`),
      `From big@example.com Mon Jan  1 00:00:00 2024\n${big}\n`,
      'From broken@example.com Mon Jan  1 00:00:00 2024\nthis is not a header line\n\n',
      ...msgs.slice(6).map((m) => `From sender@example.com Mon Jan  1 00:00:00 2024\n${m}\n`),
    ].join('');
    const path = join(tmp, 'box.mbox');
    writeFileSync(path, mbox, 'latin1');
    const r = cli(['scan', path, '--workers', '2', '--max-size', '200000']);
    const lines = parse(r.stdout);
    expect(lines).toHaveLength(12);
    expect(lines.every((l) => l.mailbox === path && /#\d+$/.test(l.file))).toBe(true);
    expect(r.stderr).toMatch(/faults: 3 \(corrupt 2, oversize 1\)/);
    expect(r.stderr).toMatch(/oversize +.*box\.mbox#\d+ +more than 200000 bytes/);
    expect(r.stderr).toMatch(/corrupt +.*box\.mbox#0 /);
    // Same verdicts as the per-file CLI on the same messages.
    const ref = parse(cli(['analyze', '--json', '--offline', ...names.map((n) => join(CORPUS, 'ham', n))]).stdout);
    expect(lines.map((l) => l.verdict)).toEqual(ref.map((l) => l.verdict));
  });

  it('usage and input errors exit 3 with one clear line', () => {
    for (const args of [
      ['scan'],
      ['scan', join(tmp, 'nope')],
      ['scan', folder, '--format', 'xml'],
      ['scan', folder, '--workers', '0'],
      ['scan', tmp + '/mail/sub/none.eml'],
    ]) {
      const r = cli(args);
      expect(r.status, args.join(' ')).toBe(3);
      expect(r.stderr.trim().length).toBeGreaterThan(0);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
