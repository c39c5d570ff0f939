import { deflateSync } from 'node:zlib';
import { analyzeMessage } from '../../analyze.js';
import { createNoneResolver } from '../../dns/index.js';
import type { AnalyzeDeps, Limits } from '../../deps.js';
import { formatReportText } from '../../report/format-text.js';
import { inflate } from '../../../platform/shared/inflate.js';
import { attachedMessageRule } from './attached-message-rule.js';

const deps = (limits: Partial<Limits> = {}): AnalyzeDeps => ({
  resolver: createNoneResolver(),
  offline: true,
  now: () => 0,
  crypto: globalThis.crypto,
  inflate,
  limits,
});
const enc = (s: string) => new TextEncoder().encode(s);
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64').replace(/.{76}/g, '$&\r\n');

/** A phishing message: a link whose text names one bank and goes to an IP address, asking to verify a password. */
function phish(subject: string): string {
  return [
    'From: "Example Bank" <alerts@bank-notices.example.net>',
    'To: victim@example.org',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>Your account is suspended. Verify your password now or lose access.</p>',
    '<a href="http://203.0.113.50/bank/login.php">https://www.example-bank.com/login</a>',
    '',
  ].join('\r\n');
}

let boundaries = 0;
function wrap(parts: Array<{ type: string; name: string; body: string; base64?: boolean }>, subject = 'FW: see attached'): string {
  const B = `b0undary${++boundaries}`; // each level its own boundary (RFC 2046 5.1.1)
  const out = [
    'From: Colleague <colleague@work.example.com>',
    'To: me@work.example.com',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${B}"`,
    '',
    `--${B}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Please have a look.',
    '',
  ];
  for (const p of parts) {
    out.push(`--${B}`, `Content-Type: ${p.type}; name="${p.name}"`, `Content-Disposition: attachment; filename="${p.name}"`);
    if (p.base64) out.push('Content-Transfer-Encoding: base64');
    out.push('', p.base64 ? b64(p.body) : p.body, '');
  }
  out.push(`--${B}--`, '');
  return out.join('\r\n');
}

describe('attached messages (message/rfc822)', () => {
  it('analyses the attached message: its findings surface as "in the attached message", its links join the checks', async () => {
    const r = await analyzeMessage(enc(wrap([{ type: 'message/rfc822', name: 'notice.eml', body: phish('Account suspended') }])), deps());
    const f = r.findings.find((x) => x.id === 'attached-message-phish');
    expect(f?.severity).toBe('high');
    expect(f?.params).toMatchObject({ subject: 'Account suspended', from: 'alerts@bank-notices.example.net' });
    expect(f?.inner?.map((x) => x.id)).toEqual(expect.arrayContaining(['link-text-mismatch', 'ip-literal-link']));
    const l = r.links.find((x) => x.host === '203.0.113.50');
    expect(l?.flags).toEqual(expect.arrayContaining(['attached-message', 'ip-literal', 'text-mismatch']));
    expect(r.findings.map((x) => x.id)).toEqual(expect.arrayContaining(['ip-literal-link']));
    const text = formatReportText(r, 'en');
    expect(text).toMatch(/in the attached message: \[high\] The link text shows www\.example-bank\.com/);
    expect(formatReportText(r, 'ja')).toContain('添付メール内');
  });

  it('a harmless attached message adds no finding', async () => {
    const ok = [
      'From: Ann <ann@example.org>',
      'To: bob@example.com',
      'Date: Mon, 1 Jan 2024 10:00:00 +0000',
      'Message-ID: <m1@example.org>',
      'Subject: minutes',
      '',
      'Minutes of the meeting attached.',
      '',
    ].join('\r\n');
    const r = await analyzeMessage(enc(wrap([{ type: 'message/rfc822', name: 'minutes.eml', body: ok }])), deps());
    expect(r.findings.map((x) => x.id)).not.toContain('attached-message-phish');
  });

  it('goes two levels deep, not three, and says what it skipped', async () => {
    const level2 = wrap([{ type: 'message/rfc822', name: 'inner.eml', body: phish('Level two') }], 'level one');
    const level3 = wrap(
      [
        {
          type: 'message/rfc822',
          name: 'middle.eml',
          body: wrap([{ type: 'message/rfc822', name: 'inner.eml', body: phish('Level three') }], 'level two'),
        },
      ],
      'level one',
    );
    const two = await analyzeMessage(enc(wrap([{ type: 'message/rfc822', name: 'outer.eml', body: level2 }], 'level zero')), deps());
    expect(two.findings.filter((x) => x.id === 'attached-message-phish').map((x) => x.params['subject'])).toContain('Level two');
    const three = await analyzeMessage(enc(wrap([{ type: 'message/rfc822', name: 'outer.eml', body: level3 }], 'level zero')), deps());
    expect(three.findings.filter((x) => x.id === 'attached-message-phish').map((x) => x.params['subject'])).not.toContain('Level three');
    expect(three.warnings.join('\n')).toMatch(/attached-message-limit: messages attached deeper than 2 levels/);
  });

  it('skips an attached message over the size limit with a warning', async () => {
    const r = await analyzeMessage(
      enc(wrap([{ type: 'message/rfc822', name: 'big.eml', body: phish('Big') }])),
      deps({ maxAttachedMessageBytes: 100 }),
    );
    expect(r.findings.map((x) => x.id)).not.toContain('attached-message-phish');
    expect(r.warnings.join('\n')).toMatch(/"big\.eml" \(\d+ bytes\) is larger than 100 bytes/);
  });

  it('is registered with en, ja and a headline phrase', () => {
    for (const k of ['finding.attached-message-phish', 'finding.attached-message-phish.short']) {
      expect(attachedMessageRule.messages[k]?.en).toBeTruthy();
      expect(attachedMessageRule.messages[k]?.ja).toBeTruthy();
    }
  });
});

describe('PDF attachments', () => {
  function pdf(uri: string): Buffer {
    const body = `4 0 << /Type /Annot /Subtype /Link /A << /S /URI /URI (${uri}) >> >>`;
    const z = deflateSync(Buffer.from(body, 'latin1'));
    return Buffer.concat([
      Buffer.from(`%PDF-1.7\n5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${z.length} >>\nstream\n`, 'latin1'),
      z,
      Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1'),
    ]);
  }
  it('feeds link annotations of compressed PDFs into the link checks', async () => {
    const raw = wrap([
      { type: 'application/pdf', name: 'invoice.pdf', body: pdf('http://198.51.100.23/invoice/view') as unknown as string, base64: true },
    ]);
    const r = await analyzeMessage(enc(raw), deps());
    const l = r.links.find((x) => x.flags.includes('pdf'));
    expect(l).toMatchObject({ target: 'http://198.51.100.23/invoice/view', source: 'attachment' });
    expect(r.findings.map((x) => x.id)).toContain('ip-literal-link');
    const { inflate: _unused, ...noInflateDeps } = deps();
    const noInflate = await analyzeMessage(enc(raw), noInflateDeps);
    expect(noInflate.links.some((x) => x.flags.includes('pdf'))).toBe(false);
    expect(noInflate.warnings.join('\n')).toMatch(/1 compressed object streams not read \(no inflate available\)/);
  });
  it('does not read a PDF over the size limit, and says so', async () => {
    const raw = wrap([
      { type: 'application/pdf', name: 'big.pdf', body: pdf('http://198.51.100.23/x') as unknown as string, base64: true },
    ]);
    const r = await analyzeMessage(enc(raw), deps({ maxPdfBytes: 50 }));
    expect(r.links.some((x) => x.flags.includes('pdf'))).toBe(false);
    expect(r.warnings.join('\n')).toMatch(/PDF "big\.pdf" .* larger than 50 bytes/);
  });
});

describe('HTML, XHTML and SVG attachments', () => {
  const ids = async (name: string, type: string, body: string) =>
    (await analyzeMessage(enc(wrap([{ type, name, body, base64: true }])), deps())).findings
      .filter((f) => f.id.startsWith('html-attachment'))
      .map((f) => `${f.id}:${f.params['kind'] ?? ''}`);
  it('an SVG with a script or event handler, a page opened from a data: URL, a javascript: link', async () => {
    expect(await ids('fax.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"><script>var a=1;</script><rect/></svg>')).toEqual(
      ['html-attachment-script:svg-script'],
    );
    expect(await ids('fax.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" onload="go()"><rect/></svg>')).toEqual([
      'html-attachment-script:svg-script',
    ]);
    expect(await ids('doc.htm', 'text/html', '<iframe src="data:text/html;base64,PGgxPg=="></iframe>')).toEqual([
      'html-attachment-script:data-url',
    ]);
    expect(await ids('doc.xhtml', 'application/xhtml+xml', '<html><a href="javascript:open(\'x\')">Open</a></html>')).toEqual([
      'html-attachment-script:data-url',
    ]);
  });
  it('an SVG foreignObject form asking for a password is an attached form', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject width="300" height="200"><form action="https://collect.example/p"><input type="password" name="pw"></form></foreignObject></svg>';
    expect(await ids('scan.svg', 'image/svg+xml', svg)).toEqual(['html-attachment-form:']);
  });
  it('plain drawings and documents stay quiet', async () => {
    expect(
      await ids(
        'logo.svg',
        'image/svg+xml',
        '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/><a href="https://example.org/">x</a></svg>',
      ),
    ).toEqual([]);
    expect(
      await ids(
        'page.html',
        'text/html',
        '<p>Agenda</p><a href="javascript:void(0)">top</a><img src="data:image/png;base64,iVBORw0KGgo=">',
      ),
    ).toEqual([]);
  });
});
