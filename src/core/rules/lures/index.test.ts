import { readFileSync } from 'node:fs';
import { DEFAULT_LIMITS } from '../../deps.js';
import { extractLinks } from '../../parse/links/extract-links.js';
import { messageFromEml } from '../test-message.js';
import { lureFindings } from './index.js';
import { t } from '../../i18n/index.js';
import { SHARED } from '../../../../tests/helpers/shared.js';

const load = async (path: string) => {
  const msg = await messageFromEml(readFileSync(path));
  return lureFindings({ subject: msg.subject, text: msg.text, html: msg.html, links: extractLinks(msg, DEFAULT_LIMITS) });
};
const fixture = (name: string) => new URL(`../../../../tests/fixtures/eml/${name}`, import.meta.url).pathname;

describe('lureFindings', () => {
  it('kagoya phish: high credential lure (72-hour password expiry + login link with the address) and an urgency lure', async () => {
    const f = await load(`${SHARED}/samples/kagoya-phish.eml`);
    const cred = f.find((x) => x.id === 'credential-lure')!;
    expect(cred.severity).toBe('high');
    expect(String(cred.params['kinds'])).toContain('password-expiry');
    expect(String(cred.params['phrases'])).toContain('72時間で');
    expect(t(cred.messageKey, cred.params, 'ja')).toContain('パスワード');
    expect(f.find((x) => x.id === 'urgency-lure')?.severity).toBe('low');
  });

  it('kagoya legit maintenance notice: no lure', async () => {
    expect(await load(`${SHARED}/samples/kagoya-legit.eml`)).toEqual([]);
  });

  it('medium without a credential link, high with one', () => {
    const base = { subject: 'Mailbox notice', text: 'Your mailbox will be suspended. Click here to keep your account.', html: '' };
    expect(lureFindings({ ...base, links: [] })[0]?.severity).toBe('medium');
    const link = {
      href: 'https://x.example/login',
      target: 'https://x.example/login',
      unwrapped: [],
      host: 'x.example',
      hostAscii: 'x.example',
      registrableDomain: 'x.example',
      text: null,
      shownHost: null,
      source: 'html' as const,
      flags: ['credential-path'],
      ips: [],
      asn: null,
      asName: null,
    };
    expect(lureFindings({ ...base, links: [link] })[0]?.severity).toBe('high');
  });

  it('newsletter and mailing-list post: no credential lure', async () => {
    expect((await load(fixture('newsletter-esp.eml'))).map((x) => x.id)).not.toContain('credential-lure');
    expect(await load(fixture('mailing-list-post.eml'))).toEqual([]);
  });

  it('weak pressure words alone are not an urgency lure', () => {
    expect(lureFindings({ subject: 'Re: build', text: 'Please click here and fix it as soon as possible.', html: '', links: [] })).toEqual(
      [],
    );
  });

  it('a threat with nothing pushing the reader is not a lure; bad input is not an exception', () => {
    expect(lureFindings({ subject: '', text: 'Note: passwords expire after 90 days per policy.', html: '', links: [] })).toEqual([]);
    expect(lureFindings({ subject: undefined as unknown as string, text: '', html: '', links: [] })).toEqual([]);
  });

  it('reads HTML-only messages with hidden characters', () => {
    const html =
      '<p>Your pass\u200bword will ex\u2064pire <b>within 24 hours</b>.</p><p><a href="https://x.example/login">Keep my password</a></p>';
    const f = lureFindings({ subject: '', text: '', html, links: [] });
    expect(f.map((x) => x.id)).toEqual(['credential-lure', 'urgency-lure']);
  });
});
