import { renderReport, renderState } from '../../../src/ui/popup/index.js';
import { makeReport } from './fixtures.js';
import { miniBody, type MiniElement } from './mini-dom.js';

function render(over = {}, lang: 'en' | 'ja' = 'en') {
  const { doc, body } = miniBody();
  renderReport(body, makeReport(over), lang);
  return { doc, root: body as unknown as MiniElement };
}
const check = (root: MiniElement, name: string) =>
  root.querySelectorAll('[data-check]').find((e) => e.getAttribute('data-check') === name)!;

describe('renderReport', () => {
  it('shows the verdict, sender, origin network with registry-country wording, route and links', () => {
    const { root } = render();
    const text = root.textContent;
    expect(root.querySelector('[data-verdict]')!.getAttribute('data-verdict')).toBe('danger');
    expect(text).toContain('support@brand.example');
    expect(text).toContain('AS64500 EXAMPLE-AS 192.0.2.0/24');
    expect(text).toContain('Registry country (not geolocation)');
    expect(text).toContain('Encryption TLSv1.3');
    expect(text).not.toContain('TLS TLSv1.3');
    expect(text).toContain('https://evil.example/login');
    // Link flags are words, not internal tags; no score number anywhere.
    expect(text).toContain('text shows another site');
    expect(text).not.toContain('text-mismatch');
    expect(text).not.toMatch(/score/i);
    expect(text).not.toContain('120');
  });
  it('shows an unavailable check as "could not verify", never pass', () => {
    const { root } = render();
    expect(check(root, 'spf').getAttribute('data-result')).toBe('unverified');
    // The state is a sentence, never the raw transport error.
    expect(check(root, 'spf').textContent).toContain('could not look up: the DNS server did not answer in time');
    expect(check(root, 'spf').textContent).not.toContain('DNS timeout');
    const temp = render({
      auth: {
        spf: {
          result: 'temperror',
          domain: 'd.example',
          scope: 'mfrom',
          ip: '192.0.2.7',
          mechanism: null,
          explanation: null,
          reason: 'SERVFAIL',
          lookups: 1,
          voidLookups: 0,
        },
        dkim: [],
        dmarc: null,
        arc: null,
        receiver: [],
        ignoredReceiverHeaders: [],
      },
    }).root;
    expect(check(temp, 'spf').getAttribute('data-result')).toBe('unverified');
    expect(check(temp, 'spf').textContent).not.toMatch(/pass/);
  });
  it('reports a real SPF fail as fail', () => {
    const { root } = render({
      auth: {
        spf: {
          result: 'fail',
          domain: 'd.example',
          scope: 'mfrom',
          ip: '192.0.2.7',
          mechanism: '-all',
          explanation: null,
          reason: 'not permitted',
          lookups: 1,
          voidLookups: 0,
        },
        dkim: [],
        dmarc: null,
        arc: null,
        receiver: [],
        ignoredReceiverHeaders: [],
      },
    });
    expect(check(root, 'spf').getAttribute('data-result')).toBe('fail');
  });
  it('keeps hostile display names as text with dir=auto', () => {
    const name = '<b onmouseover=x>\u202Eevil</b>';
    const { doc, root } = render({
      message: { ...makeReport().message, from: { name, address: 'a@b.example', local: 'a', domain: 'b.example' } },
    });
    expect(doc.created).not.toContain('b');
    const value = root.querySelectorAll('.value').find((e) => e.textContent === name)!;
    expect(value.getAttribute('dir')).toBe('auto');
  });
  it('says in a plain sentence why an authenticated but unknown sender domain gets no ✓ (en + ja)', () => {
    const verified = {
      id: 'verified-unknown-domain',
      severity: 'info' as const,
      messageKey: 'finding.verified-unknown-domain',
      params: { domain: 'smedialy.example', via: 'DMARC' },
      evidence: [],
    };
    const unknown = { verdict: 'unknown' as const, strength: 'none' as const, findings: [verified] };
    const note = (lang: 'en' | 'ja') => render(unknown, lang).root.querySelector('.why-no-check')!.textContent;
    expect(note('en')).toBe(
      'We confirmed the mail comes from smedialy.example, but we do not know this organisation, so it is not marked as checked (✓).',
    );
    expect(note('ja')).toContain('smedialy.example');
    expect(note('ja')).toContain('確認済み（✓）にはしていません');
    // Only under an "unknown" verdict, and only when a domain was authenticated.
    expect(render({ ...unknown, verdict: 'caution' }).root.querySelector('.why-no-check')).toBeNull();
    expect(render({ ...unknown, findings: [] }).root.querySelector('.why-no-check')).toBeNull();
  });
  it('renders Japanese labels', () => {
    expect(render({}, 'ja').root.textContent).toContain('実際に送ってきたサーバー');
  });
  it('copies the plain-text report, with a visible fallback when the clipboard fails', async () => {
    const { doc, root } = render();
    let copied = '';
    doc.defaultView.navigator.clipboard = { writeText: (s: string) => ((copied = s), Promise.resolve()) };
    root.querySelector('.copy')!.click();
    await Promise.resolve();
    expect(copied).toContain('support@brand.example');
    doc.defaultView.navigator.clipboard = { writeText: () => Promise.reject(new Error('denied')) };
    root.querySelector('.copy')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(root.querySelector('.copy-text')!.hidden).toBe(false);
  });
});

describe('renderState', () => {
  it('says "could not check" with the reason when analysis failed', () => {
    const { body } = miniBody();
    renderState(body, { status: 'failed', reason: 'boom' }, 'en');
    expect((body as unknown as MiniElement).textContent).toBe('Could not check this message: boom');
  });
});
