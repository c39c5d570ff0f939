import { readFileSync } from 'node:fs';
import { DEFAULT_LIMITS } from '../../deps.js';
import type { LinkInfo } from '../../model/link.js';
import { makeLink, messageFromEml } from '../test-message.js';
import { extractLinks } from '../../parse/links/extract-links.js';
import { linkFindings } from './findings.js';
import { t } from '../../i18n/index.js';
import { SHARED } from '../../../../tests/helpers/shared.js';

const fixture = (name: string) => readFileSync(new URL(`../../../../tests/fixtures/eml/${name}`, import.meta.url));

function link(over: Partial<LinkInfo>): LinkInfo {
  return makeLink('https://a.example/', { registrableDomain: 'a.example', ...over });
}

describe('linkFindings', () => {
  it('kagoya phish: high link-text-mismatch with the exact sentence', async () => {
    const msg = await messageFromEml(readFileSync(`${SHARED}/samples/kagoya-phish.eml`));
    const f = linkFindings(extractLinks(msg, DEFAULT_LIMITS));
    expect(f.map((x) => [x.id, x.severity])).toEqual([['link-text-mismatch', 'high']]);
    expect(t(f[0]!.messageKey, f[0]!.params)).toBe(
      'The link text shows www.kagoya.com but it goes to kagoya-support-notification.azurefd.net.',
    );
    expect(f[0]!.evidence.map((e) => e.value)).toContain('https://www.kagoya.com/support/password');
  });

  it('maps each flag to its finding and severity', () => {
    const f = linkFindings([
      link({ flags: ['ip-literal'], host: '192.0.2.1' }),
      link({ flags: ['punycode'], host: '\u0430pple.com', hostAscii: 'xn--pple-43d.com' }),
      link({ flags: ['shortener'], host: 'bit.ly' }),
      link({ source: 'form', flags: ['form', 'credential-input'], host: 'post.example' }),
    ]);
    expect(f.map((x) => [x.id, x.severity])).toEqual([
      ['ip-literal-link', 'medium'],
      ['punycode-link', 'low'],
      ['shortener-link', 'low'],
      ['form-in-message', 'medium'],
    ]);
    expect(f.every((x) => x.messageKey === `finding.${x.id}`)).toBe(true);
  });

  it('html attachment with a password form is high', async () => {
    const f = linkFindings(extractLinks(await messageFromEml(fixture('html-attachment-form.eml')), DEFAULT_LIMITS));
    const att = f.find((x) => x.id === 'html-attachment-form')!;
    expect(att.severity).toBe('high');
    expect(att.params).toMatchObject({ target: 'collect.attacker.example', password: 'yes' });
  });

  it('a form without credential fields (a search box) is only information (issue #12)', () => {
    expect(linkFindings([link({ source: 'form', flags: ['form'] })])[0]).toMatchObject({ id: 'form-in-message', severity: 'info' });
  });

  it('no links, no findings', () => {
    expect(linkFindings([])).toEqual([]);
    expect(linkFindings([link({})])).toEqual([]);
  });
});
