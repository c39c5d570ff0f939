import { describe, it, expect } from 'vitest';
import { analyzeMessage } from '../../analyze.js';
import { createNoneResolver } from '../../dns/index.js';
import { t } from '../../i18n/index.js';

const eml = (from: string, subject: string, body: string) =>
  new TextEncoder().encode(
    `From: ${from}\r\nTo: someone@example.org\r\nSubject: ${subject}\r\nDate: Tue, 1 Dec 2026 10:00:00 +0000\r\nMessage-ID: <a1@mail.example.net>\r\n` +
      `MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${body}\r\n`,
  );

async function analyze(raw: Uint8Array) {
  return analyzeMessage(raw, { resolver: createNoneResolver(), now: () => 0, offline: true } as never);
}

describe('organisation and machine-made rules in the analysis', () => {
  it('reports an organisation claim, a foreign host with its name and a machine-made sender, with en and ja texts', async () => {
    const r = await analyze(
      eml(
        '"Canada Post" <qzkxw7vj3tq@mail.example.net>',
        'Parcel on hold',
        '<p>Your parcel is on hold.</p><a href="https://canada-post.delivery-fee.example/pay">Pay the fee</a>',
      ),
    );
    const ids = r.findings.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['org-name-unrelated-sender', 'org-name-in-link-host', 'random-looking-sender']));
    const random = r.findings.find((f) => f.id === 'random-looking-sender')!;
    expect(t(random.messageKey, random.params, 'en')).toBe(
      'The sender address looks machine-made: qzkxw7vj3tq. Mass mailing tools fill in random names like this; people and real services do not.',
    );
    expect(t(random.messageKey, random.params, 'ja')).toContain('qzkxw7vj3tq');
    const org = r.findings.find((f) => f.id === 'org-name-unrelated-sender')!;
    expect(t(org.messageKey, org.params, 'ja')).toContain('Canada Post');
    expect(t(`${org.messageKey}.short`, org.params, 'en')).toContain('Canada Post');
    for (const id of ['org-name-sender', 'org-name-link-host', 'random-sender']) {
      expect(r.checks.find((c) => c.name === `rule:${id}`)?.status, id).toBe('done');
    }
  });

  it('stays silent for an ordinary Japanese sender', async () => {
    const r = await analyze(
      eml(
        '=?UTF-8?B?5bGx5Y+jIOaZi+S4gOmDjg==?= <shinichiro.yamaguchi@example.co.jp>',
        '=?UTF-8?B?5Lya6K2w44Gu44GK55+l44KJ44Gb?=',
        '<p>Kaigi</p>',
      ),
    );
    expect(r.findings.map((f) => f.id)).not.toEqual(expect.arrayContaining(['random-looking-sender']));
    expect(r.findings.some((f) => f.id.startsWith('org-name'))).toBe(false);
  });
});

describe('hostile input', () => {
  it('org and machine-made rules stay total and bounded on long, odd or empty text', async () => {
    const { orgNameSenderFindings } = await import('./org-name-sender.js');
    const { orgNameInHost } = await import('./org-name-link-host.js');
    const { randomSenderFindings } = await import('../machine-made/random-sender.js');
    const odd = [
      '',
      '\u202e\u200bCanada\u00adPost',
      'Canada Post'.repeat(5000),
      'ｶﾅﾀﾞ'.repeat(3000),
      '【'.repeat(10000),
      'x'.repeat(100000),
      '\ud800',
    ];
    for (const s of odd) {
      const from = { name: s, address: `${s.slice(0, 64)}@example.net`, local: s.slice(0, 64), domain: 'example.net' };
      expect(() => orgNameSenderFindings({ from, subject: s, freeMail: false, listRewrite: false, earlier: [] })).not.toThrow();
      expect(() => randomSenderFindings(from, s)).not.toThrow();
      expect(() => orgNameInHost(`${s.slice(0, 60)}.example.com`)).not.toThrow();
    }
    expect(orgNameSenderFindings({ from: null, subject: '', freeMail: false, listRewrite: false, earlier: [] })).toEqual([]);
    expect(randomSenderFindings(null, '')).toEqual([]);
  });
});
