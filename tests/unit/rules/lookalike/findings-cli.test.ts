import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Address, LinkInfo } from '../../../../src/core/model/index.js';
import { defaultEngine, lookalikeFindings, type LookalikeInput } from '../../../../src/core/rules/lookalike/index.js';
import { catalog, t } from '../../../../src/core/i18n/index.js';
import { runLookalike } from '../../../../src/cli/commands/lookalike.js';
import { sharedDir } from './measure.js';

const addr = (address: string, name = ''): Address => {
  const at = address.lastIndexOf('@');
  return { name, address, local: address.slice(0, at), domain: address.slice(at + 1) };
};
const link = (target: string, shownHost: string | null = null): LinkInfo => ({
  href: target,
  target,
  unwrapped: [],
  host: null,
  hostAscii: null,
  registrableDomain: null,
  text: null,
  shownHost,
  source: 'html',
  flags: [],
  ips: [],
  asn: null,
  asName: null,
});
const input = (over: Partial<LookalikeInput>): LookalikeInput => ({
  from: null,
  replyTo: [],
  returnPath: null,
  returnPathIsEsp: false,
  links: [],
  displayName: '',
  ...over,
});

describe('lookalikeFindings', () => {
  it('kagoya phish: the azurefd.net link is brand-on-shared-host (high), the spoofed owned From is not a lookalike', () => {
    const f = lookalikeFindings(
      input({
        from: addr('support@kagoya.net', 'example.jp_サポート | info@example.jp'),
        returnPath: 'support@kagoya.net',
        displayName: 'example.jp_サポート | info@example.jp',
        links: [link('https://kagoya-support-notification.azurefd.net/?mail=info@example.jp', 'www.kagoya.com')],
      }),
      defaultEngine(),
      { ownDomains: ['example.jp'] },
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      id: 'brand-on-shared-host',
      severity: 'high',
      messageKey: 'finding.brand-on-shared-host',
      params: { platform: 'azurefd.net', entity: 'KAGOYA' },
    });
    expect(f[0]!.evidence).toEqual(
      expect.arrayContaining([
        { kind: 'host', value: 'kagoya-support-notification.azurefd.net', label: 'link' },
        { kind: 'host', value: 'azurefd.net', label: 'platform' },
      ]),
    );
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toBe(
      'リンク先 kagoya-support-notification.azurefd.net は誰でも借りられる azurefd.net 上のホストで、KAGOYA のものではありません。',
    );
    expect(t(f[0]!.messageKey, f[0]!.params, 'en')).toBe(
      'The link goes to kagoya-support-notification.azurefd.net, a rented azurefd.net host, not to KAGOYA.',
    );
  });
  it('From, Reply-To, display name and link text lookalikes with Unicode and punycode evidence', () => {
    const f = lookalikeFindings(
      input({
        from: addr('service@xn--80ak6aa92e.com'),
        replyTo: [addr('help@paypa1.com')],
        displayName: 'Apple (amaz0n.co.jp)',
        links: [link('https://example.org/', 'rakutne.co.jp')],
      }),
      defaultEngine(),
      { ownDomains: [] },
    );
    const byWhere = Object.fromEntries(f.map((x) => [x.params['where'], x]));
    expect(byWhere['From']).toMatchObject({
      id: 'lookalike-domain',
      severity: 'high',
      params: { domain: 'apple.com', kind: 'homoglyph', host: 'аррӏе.com (xn--80ak6aa92e.com)' },
    });
    expect(byWhere['From']!.evidence).toEqual(
      expect.arrayContaining([
        { kind: 'host', value: 'аррӏе.com', label: 'From' },
        { kind: 'host', value: 'xn--80ak6aa92e.com', label: 'punycode' },
        { kind: 'host', value: 'apple.com', label: 'imitates' },
      ]),
    );
    expect(byWhere['Reply-To']?.params['entity']).toBe('PayPal');
    expect(byWhere['display name']?.severity).toBe('medium');
    expect(byWhere['link text']?.params['kind']).toBe('typo');
    expect(t(byWhere['From']!.messageKey, byWhere['From']!.params, 'ja')).toContain('見た目が似た文字');
  });
  it('protects the own domain, skips ESP Return-Paths and own hosts, never throws', () => {
    const own = lookalikeFindings(input({ from: addr('it@examp1e.jp') }), defaultEngine(), { ownDomains: ['example.jp'] });
    expect(own[0]).toMatchObject({ id: 'lookalike-domain', params: { domain: 'example.jp', kind: 'homoglyph' } });
    expect(
      lookalikeFindings(input({ returnPath: 'bounce@paypa1.com', returnPathIsEsp: true }), defaultEngine(), { ownDomains: [] }),
    ).toEqual([]);
    expect(lookalikeFindings(input({ returnPath: 'bounce@paypa1.com' }), defaultEngine(), { ownDomains: [] })).toHaveLength(1);
    expect(lookalikeFindings(input({ from: addr('a@example.jp') }), defaultEngine(), { ownDomains: ['example.jp'] })).toEqual([]);
    expect(lookalikeFindings(null as unknown as LookalikeInput, defaultEngine(), { ownDomains: [] })).toEqual([]);
  });
  it('registers en + ja texts for every kind', () => {
    for (const k of ['homoglyph', 'typo', 'tld-swap', 'combosquat', 'shared-host', 'split-label', 'embedded']) {
      expect(catalog[`lookalike.kind.${k}`]?.ja, k).toBeTruthy();
    }
  });
  it.skipIf(!sharedDir())('finds nothing on the genuine KAGOYA sample hosts', () => {
    const eml = readFileSync(resolve(sharedDir()!, 'samples', 'kagoya-legit.eml'), 'latin1');
    const hosts = [...eml.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)].map((m) => m[1]!);
    const f = lookalikeFindings(
      input({ from: addr('support@kagoya.jp'), links: hosts.map((h) => link(`https://${h}/`)) }),
      defaultEngine(),
      { ownDomains: ['example.jp'] },
    );
    expect(f).toEqual([]);
  });
});

describe('sender-lens lookalike', () => {
  async function run(lines: string[], argv: string[] = ['--json']) {
    const out: string[] = [];
    const err: string[] = [];
    async function* stdin() {
      yield* lines;
    }
    const code = await runLookalike(argv, { stdin: stdin(), stdout: (l) => out.push(l), stderr: (l) => err.push(l) });
    return { code, out, err };
  }
  it('writes one JSON object per input line', async () => {
    const { code, out } = await run(['kagoya-support-notification.azurefd.net', 'kagoya.net', '', 'https://paypa1.com/login\r']);
    expect(code).toBe(0);
    expect(out.map((l) => JSON.parse(l))).toEqual([
      { input: 'kagoya-support-notification.azurefd.net', match: { entity: 'KAGOYA', domain: 'kagoya.jp', kind: 'shared-host' } },
      { input: 'kagoya.net', match: null },
      { input: 'https://paypa1.com/login', match: { entity: 'PayPal', domain: 'paypal.com', kind: 'homoglyph' } },
    ]);
  });
  it('rejects unknown options as a usage error (exit 3 through main, see src/cli/usage-errors.test.ts)', async () => {
    await expect(run(['x'], ['--bogus'])).rejects.toThrow(/unknown option: --bogus/);
  });
});
