import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMbox, nextSeparator, unescapeMbox } from './mbox.js';
import { openMaildir } from './maildir.js';
import { openEmlDir } from './eml-dir.js';
import { parseImapUrl } from './imap.js';
import type { ReadContext, ScanFault, ScanItem } from '../types.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sl-scan-src-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function collect(src: { messages(ctx: ReadContext): AsyncIterable<ScanItem> }, maxBytes = 1 << 20, skip: string[] = []) {
  const faults: ScanFault[] = [];
  const items: ScanItem[] = [];
  for await (const it of src.messages({ skip: (k) => skip.includes(k), fault: (f) => faults.push(f), maxBytes })) items.push(it);
  return { items, faults, text: items.map((i) => new TextDecoder().decode(i.raw)) };
}

const msg = (n: number, body = 'hello'): string => `From: a${n}@example.com\nSubject: m${n}\n\n${body}\n`;

describe('mbox', () => {
  it('splits at From lines after an empty line and unescapes >From', async () => {
    const p = join(dir, 'box');
    writeFileSync(
      p,
      `From x Mon Jan 1 2024\n${msg(1, 'line\n>From the start\nFrom inside a paragraph is not a separator')}\nFrom y Mon Jan 1 2024\n${msg(2)}\n`,
    );
    const { items, faults, text } = await collect(await openMbox(p));
    expect(faults).toEqual([]);
    expect(text).toEqual([msg(1, 'line\nFrom the start\nFrom inside a paragraph is not a separator'), msg(2)]);
    expect(items.map((i) => i.key)).toEqual(['mbox:0', `mbox:${22 + text[0]!.length + 2}`]);
    expect(items[0]!.file).toBe(`${p}#0`);
  });
  it('reports leading garbage, a message without a header and an oversize message, and goes on', async () => {
    const p = join(dir, 'box');
    writeFileSync(p, `junk\n\nFrom x\n${msg(1)}\nFrom x\nno header here\n\nFrom x\n${msg(2, 'y'.repeat(5000))}\nFrom x\n${msg(3)}`);
    const { faults, text } = await collect(await openMbox(p), 1000);
    expect(text).toEqual([msg(1), msg(3)]);
    expect(faults.map((f) => f.kind)).toEqual(['corrupt', 'corrupt', 'oversize']);
  });
  it('handles a message across many read chunks and an oversize one that never fits in memory', async () => {
    const p = join(dir, 'big');
    const big = 'z'.repeat(3 * 1024 * 1024);
    writeFileSync(p, `From x\n${msg(1, big)}\nFrom x\n${msg(2, big)}\nFrom x\n${msg(3)}\n`);
    const { faults, text } = await collect(await openMbox(p), 4 * 1024 * 1024);
    expect(text.map((t) => t.length)).toEqual([msg(1, big).length, msg(2, big).length, msg(3).length]);
    expect(faults).toEqual([]);
    const small = await collect(await openMbox(p), 1024 * 1024);
    expect(small.text).toEqual([msg(3)]);
    expect(small.faults.map((f) => f.kind)).toEqual(['oversize', 'oversize']);
  });
  it('finds separators only after an empty line', () => {
    expect(nextSeparator(Buffer.from('a\nFrom b\n\nFrom c'), 0)).toBe(10);
    expect(nextSeparator(Buffer.from('a\nFrom b\nFrom c'), 0)).toBe(-1);
    expect(new TextDecoder().decode(unescapeMbox(Buffer.from('a\n>>From x\n>From y\n\n')))).toBe('a\n>From x\nFrom y\n');
  });
  it('skips keys done in an earlier run', async () => {
    const p = join(dir, 'box');
    writeFileSync(p, `From x\n${msg(1)}\nFrom x\n${msg(2)}`);
    const { text } = await collect(await openMbox(p), 1 << 20, ['mbox:0']);
    expect(text).toEqual([msg(2)]);
  });
});

describe('Maildir and .eml folders', () => {
  it('reads cur/ and new/ and Maildir++ folders; the key ignores the flags suffix', async () => {
    for (const d of ['cur', 'new', 'tmp', '.Spam/cur', '.Spam/new']) mkdirSync(join(dir, d), { recursive: true });
    writeFileSync(join(dir, 'cur', '1.a.host:2,S'), msg(1));
    writeFileSync(join(dir, 'new', '2.b.host'), msg(2));
    writeFileSync(join(dir, '.Spam', 'cur', '3.c.host:2,'), msg(3));
    writeFileSync(join(dir, 'tmp', '4.d.host'), msg(4));
    const src = await openMaildir(dir);
    expect(src.total()).toBe(3);
    const { items } = await collect(src);
    expect(items.map((i) => i.key)).toEqual(['maildir:/1.a.host', 'maildir:/2.b.host', 'maildir:.Spam/3.c.host']);
    expect(items[2]!.mailbox).toBe(join(dir, '.Spam'));
    const big = await collect(await openMaildir(dir), 10);
    expect(big.items).toEqual([]);
    expect(big.faults.map((f) => f.kind)).toEqual(['oversize', 'oversize', 'oversize']);
  });
  it('reads .eml files recursively in name order', async () => {
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', 'x.EML'), msg(2));
    writeFileSync(join(dir, 'a.eml'), msg(1));
    writeFileSync(join(dir, 'notes.txt'), 'no');
    const { items } = await collect(await openEmlDir(dir));
    expect(items.map((i) => i.key)).toEqual(['eml:a.eml', `eml:${join('b', 'x.EML')}`]);
  });
});

describe('parseImapUrl', () => {
  it('parses imaps URLs and refuses passwords and plain imap', () => {
    expect(parseImapUrl('imaps://admin%40example.test@127.0.0.1:9993/INBOX')).toEqual({
      host: '127.0.0.1',
      port: 9993,
      user: 'admin@example.test',
      mailbox: 'INBOX',
    });
    expect(parseImapUrl('imaps://u@mail.example/Archive%2F2024')).toMatchObject({ port: 993, mailbox: 'Archive/2024' });
    expect(parseImapUrl('imaps://u@mail.example')).toMatchObject({ mailbox: 'INBOX' });
    expect(parseImapUrl('imaps://u:pw@mail.example/INBOX')).toMatchObject({ error: expect.stringMatching(/never put the password/) });
    expect(parseImapUrl('imap://u@mail.example/INBOX')).toMatchObject({ error: expect.stringMatching(/imaps/) });
    expect(parseImapUrl('imaps://mail.example/INBOX')).toMatchObject({ error: expect.stringMatching(/user/) });
  });
});
