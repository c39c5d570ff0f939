// `sender-lens scan imaps://...` (issue #16) against a real Dovecot on 127.0.0.1 holding 300 corpus messages
// (read from ../shared/corpus/dev at test time): verdicts equal the per-file CLI's, flags are unchanged (checked by an
// independent IMAP session), and a dropped connection and a silent server mid-scan are survived (a fault proxy
// in front of Dovecot). Runs the BUILT CLI with its worker threads.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED } from '../helpers/shared.js';
import { startDovecotImaps, dovecotUnavailableReason, IMAP_USER, IMAP_PASS, type DovecotImaps } from '../helpers/dovecot-imaps.js';
import { startFaultProxy } from '../helpers/tcp-fault-proxy.js';
import { imapFlags } from '../helpers/imap-flags.js';

const CLI = 'bin/sender-lens.mjs';
const CORPUS = join(SHARED, 'corpus', 'dev');
const PER_LABEL = 150;
/** Flags given to messages in cur/ (by position), so "unchanged" covers seen, unseen, flagged and answered mail. */
const FLAG_CYCLE = ['S', null, 'FS', 'RS', null, 'F'];

type Line = { file: string; verdict: string; findings: { id: string }[]; mailbox: string; campaign: string | null };

function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', [CLI, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const skip = dovecotUnavailableReason() ?? (existsSync(CORPUS) ? null : `corpus not found at ${CORPUS}`);

describe.skipIf(skip !== null)('scan over IMAPS (real Dovecot)', () => {
  let dovecot: DovecotImaps;
  let tmp: string;
  let passFile: string;
  const files: string[] = [];
  const perFile = new Map<string, Line>();
  let flagsBefore: Map<number, string[]>;

  beforeAll(async () => {
    if (!existsSync('dist/cli/sender-lens.mjs')) throw new Error('CLI not built: run `npm run build` first');
    tmp = mkdtempSync(join(tmpdir(), 'sender-lens-scan-imap-'));
    passFile = join(tmp, 'password');
    writeFileSync(passFile, `${IMAP_PASS}\n`, { mode: 0o600 });
    dovecot = await startDovecotImaps();
    for (const label of ['phish', 'ham']) {
      for (const f of readdirSync(join(CORPUS, label)).sort().slice(0, PER_LABEL)) files.push(join(CORPUS, label, f));
    }
    files.forEach((f, i) => dovecot.deliver(f.split('/').pop()!, readFileSync(f), FLAG_CYCLE[i % FLAG_CYCLE.length]!));
    // The reference: the per-file CLI on the same files.
    const ref = spawnSync('node', [CLI, 'analyze', '--json', '--offline', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    for (const l of ref.stdout.trim().split('\n')) {
      const j = JSON.parse(l) as Line;
      perFile.set(j.file.split('/').pop()!, j);
    }
    expect(perFile.size).toBe(files.length);
    flagsBefore = await imapFlags(dovecot.port, readFileSync(dovecot.certFile, 'utf8'), IMAP_USER, IMAP_PASS);
    expect(flagsBefore.size).toBe(files.length);
    expect([...flagsBefore.values()].filter((f) => f.includes('\\Seen')).length).toBeGreaterThan(50);
    expect([...flagsBefore.values()].filter((f) => !f.includes('\\Seen')).length).toBeGreaterThan(50);
  });

  afterAll(async () => {
    await dovecot?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** Scan results keyed by the corpus file name (UID -> file name from dovecot-uidlist). */
  function byCorpusName(stdout: string): Map<string, Line> {
    const uidFiles = dovecot.uidFiles();
    const out = new Map<string, Line>();
    for (const l of stdout.trim().split('\n')) {
      const j = JSON.parse(l) as Line;
      const uid = Number(/;UID=(\d+)$/.exec(j.file)?.[1]);
      const base = uidFiles.get(uid);
      expect(base, j.file).toBeDefined();
      out.set(base!.replace(/^\d+\.M\d+P1\./, ''), j);
    }
    return out;
  }

  function expectSameVerdicts(scan: Map<string, Line>): void {
    expect(scan.size).toBe(files.length);
    const differ: string[] = [];
    for (const [name, ref] of perFile) {
      const s = scan.get(name.replace(/[^a-z0-9-]/gi, '_'));
      expect(s, name).toBeDefined();
      if (s!.verdict !== ref.verdict) differ.push(`${name}: scan ${s!.verdict}, analyze ${ref.verdict}`);
    }
    expect(differ).toEqual([]);
  }

  it('scans through a connection that drops mid-scan: verdicts equal the per-file CLI, flags unchanged', async () => {
    // The first connection is cut after ~1 MB of server data (the listing and some bodies went through).
    const proxy = await startFaultProxy(dovecot.port, 'drop', 1024 * 1024);
    try {
      const url = `imaps://${encodeURIComponent(IMAP_USER)}@127.0.0.1:${proxy.port}/INBOX`;
      const r = await runCli(['scan', url, '--password-file', passFile, '--imap-ca', dovecot.certFile, '--workers', '2']);
      expect(r.stderr).toMatch(/reconnected 1 time/);
      expect(r.stderr).toMatch(/disconnect/);
      expect(proxy.faulted()).toBe(true);
      expect(proxy.connections()).toBeGreaterThanOrEqual(2);
      const scan = byCorpusName(r.stdout);
      expectSameVerdicts(scan);
      const worst = Math.max(...[...scan.values()].map((l) => (({ danger: 2, caution: 1 }) as Record<string, number>)[l.verdict] ?? 0));
      expect(r.code).toBe(worst);
      for (const l of scan.values()) expect(l.mailbox).toBe(`imaps://${IMAP_USER}@127.0.0.1:${proxy.port}/INBOX`);
      expect(r.stdout).not.toContain(IMAP_PASS);
    } finally {
      await proxy.close();
    }
    const flagsAfter = await imapFlags(dovecot.port, readFileSync(dovecot.certFile, 'utf8'), IMAP_USER, IMAP_PASS);
    expect(flagsAfter).toEqual(flagsBefore);
  });

  it('survives a server that goes silent (timeout, reconnect) and takes the password from the environment', async () => {
    const proxy = await startFaultProxy(dovecot.port, 'stall', 512 * 1024);
    try {
      const url = `imaps://${encodeURIComponent(IMAP_USER)}@127.0.0.1:${proxy.port}/INBOX`;
      const r = await runCli(['scan', url, '--imap-ca', dovecot.certFile, '--timeout', '1500', '--workers', '2', '--format', 'csv'], {
        SENDER_LENS_IMAP_PASSWORD: IMAP_PASS,
      });
      expect(proxy.faulted()).toBe(true);
      expect(r.stderr).toMatch(/timeout/);
      expect(r.stderr).toMatch(/reconnected 1 time/);
      const rows = r.stdout.trim().split('\r\n');
      expect(rows.length).toBe(files.length + 1);
    } finally {
      await proxy.close();
    }
    const flagsAfter = await imapFlags(dovecot.port, readFileSync(dovecot.certFile, 'utf8'), IMAP_USER, IMAP_PASS);
    expect(flagsAfter).toEqual(flagsBefore);
  });

  it('refuses a password in the URL, a missing password and a wrong one with exit 3 and one clear line', async () => {
    const base = `127.0.0.1:${dovecot.port}/INBOX`;
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['scan', `imaps://u:secret@${base}`], {}, /never put the password in the URL/],
      [['scan', `imaps://u@${base}`, '--imap-ca', dovecot.certFile], {}, /needs a password/],
      [
        ['scan', `imaps://${encodeURIComponent(IMAP_USER)}@${base}`, '--imap-ca', dovecot.certFile],
        { SENDER_LENS_IMAP_PASSWORD: 'wrong' },
        /AUTHENTICATE|LOGIN|auth/i,
      ],
      [['scan', `imaps://u@${base}`], { SENDER_LENS_IMAP_PASSWORD: 'x' }, /certificate|self.signed/i],
    ];
    for (const [args, env, re] of cases) {
      const r = await runCli(args, env);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr).toMatch(re);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
