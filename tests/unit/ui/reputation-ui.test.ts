import { renderReport } from '../../../src/ui/popup/index.js';
import { renderOptions } from '../../../src/ui/options/index.js';
import { DEFAULT_EXTENSION_SETTINGS, normalizeSettings, rdapActive, toCoreSettings } from '../../../src/platform/extension/settings.js';
import { makeReport } from './fixtures.js';
import { miniBody, type MiniElement } from './mini-dom.js';

describe('reputation in the popup', () => {
  it('shows age and listings beside each domain; nothing when no reputation check ran', () => {
    const { body } = miniBody();
    renderReport(
      body,
      makeReport({
        reputation: [
          {
            domain: 'young.example',
            roles: ['link'],
            age: { status: 'registered', registered: '2026-11-18T08:30:00Z', ageDays: 2, reason: null },
            listings: [{ list: 'dbl.spamhaus.org', codes: ['127.0.1.4'], meaning: 'phishing domain' }],
            dnsblAsked: ['dbl.spamhaus.org'],
            dnsblUnavailable: [],
          },
          { domain: 'old.example', roles: ['from'], age: { status: 'unavailable', registered: null, ageDays: null, reason: 'HTTP 429' } },
        ],
      }),
      'en',
    );
    const root = body as unknown as MiniElement;
    const items = root.querySelectorAll('[data-domain]');
    expect(items.map((e) => e.getAttribute('data-domain'))).toEqual(['young.example', 'old.example']);
    expect(items[0]!.textContent).toContain('registered 2026-11-18 (2 days before the message)');
    expect(items[0]!.textContent).toContain('listed on dbl.spamhaus.org: 127.0.1.4 (phishing domain)');
    expect(items[1]!.textContent).toContain('age could not be checked (a temporary problem, try again later)');
    expect(items[1]!.textContent).not.toContain('HTTP 429');
    expect(items[1]!.textContent).not.toMatch(/could not check: /);
    const { body: none } = miniBody();
    renderReport(none, makeReport(), 'en');
    expect((none as unknown as MiniElement).querySelectorAll('[data-domain]')).toEqual([]);
  });
});

describe('reputation failures read as their cause once', () => {
  it('names the cause without repeating "could not check", in en and ja', () => {
    const report = makeReport({
      reputation: [
        {
          domain: 'slow.example',
          roles: ['link'],
          age: { status: 'unavailable', registered: null, ageDays: null, reason: 'rdap.example: timeout (no answer within 3000 ms)' },
          dnsblAsked: ['dbl.spamhaus.org'],
          dnsblUnavailable: [{ list: 'dbl.spamhaus.org', reason: 'A x.dbl.spamhaus.org: servfail' }],
        },
      ],
    });
    const text = (lang: 'en' | 'ja') => {
      const { body } = miniBody();
      renderReport(body, report, lang);
      return (body as unknown as MiniElement).querySelectorAll('[data-domain]')[0]!.textContent;
    };
    expect(text('en')).toContain('the server did not answer in time');
    expect(text('en')).toContain('the server reported a failure');
    expect(text('en')).not.toMatch(/could not look up|timeout|servfail/);
    expect(text('ja')).toContain('サーバーの応答が時間内にありませんでした');
    expect(text('ja')).not.toContain('調べられませんでした：');
  });
});

describe('reputation settings', () => {
  it('defaults: RDAP auto (on with the default resolver only), no blocklists; offline turns RDAP off', () => {
    const d = normalizeSettings(undefined);
    expect(d.rdap).toBe('auto');
    expect(d.dnsbl).toEqual([]);
    expect(rdapActive(d)).toBe(true);
    expect(rdapActive({ ...d, dohUrls: ['https://127.0.0.1:8443/dns-query'] })).toBe(false);
    expect(rdapActive({ ...d, dohUrls: ['https://127.0.0.1:8443/dns-query'], rdap: 'on' })).toBe(true);
    expect(rdapActive({ ...d, offline: true, rdap: 'on' })).toBe(false);
    expect(rdapActive({ ...d, rdap: 'off' })).toBe(false);
  });
  it('validates stored values: unknown lists and junk dropped, at most 5 lists, passed to the core', () => {
    const s = normalizeSettings({
      rdap: 'sometimes',
      dnsbl: ['spamhaus-zen', 'dbl.spamhaus.org', 'not a list', 42, 'surbl', 'uribl', 'spamcop', 'barracuda'],
    });
    expect(s.rdap).toBe('auto');
    expect(s.dnsbl).toEqual(['spamhaus-zen', 'spamhaus-dbl', 'surbl', 'uribl', 'spamcop']);
    expect(toCoreSettings(s).dnsbl).toEqual(s.dnsbl);
  });
  it('the options page offers each known list, says which need registration, and saves the choice', async () => {
    const { body } = miniBody();
    let saved: Record<string, unknown> | null = null;
    renderOptions(
      body,
      {
        settings: { ...DEFAULT_EXTENSION_SETTINGS, dohUrls: [...DEFAULT_EXTENSION_SETTINGS.dohUrls], dnsbl: ['spamcop'] },
        suggestedOwnDomains: [],
      },
      async (raw) => {
        saved = raw;
        return normalizeSettings(raw);
      },
      'en',
    );
    const root = body as unknown as MiniElement;
    const rows = root.querySelectorAll('[data-dnsbl]');
    expect(rows.map((r) => r.getAttribute('data-dnsbl'))).toEqual([
      'spamhaus-zen',
      'spamhaus-dbl',
      'surbl',
      'uribl',
      'spamcop',
      'barracuda',
    ]);
    expect(rows.find((r) => r.getAttribute('data-dnsbl') === 'spamhaus-zen')!.textContent).toContain('require registration');
    expect(rows.find((r) => r.getAttribute('data-dnsbl') === 'spamcop')!.textContent).not.toContain('require registration');
    expect(root.textContent).toContain('What leaves your machine');
    root.querySelector('form')!.dispatch('submit');
    await new Promise((r) => setTimeout(r, 0));
    expect(saved).toMatchObject({ rdap: 'auto', dnsbl: ['spamcop'] });
  });
});
