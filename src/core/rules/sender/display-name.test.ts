import { readFileSync } from 'node:fs';
import { addr, messageFromEml } from '../test-message.js';
import { displayNameFindings } from './display-name.js';
import { t } from '../../i18n/index.js';
import { SHARED } from '../../../../tests/helpers/shared.js';

describe('displayNameFindings', () => {
  it('kagoya phish: name "example.jp_サポート | info@example.jp" on support@kagoya.net is high', async () => {
    const msg = await messageFromEml(readFileSync(`${SHARED}/samples/kagoya-phish.eml`));
    const f = displayNameFindings(msg.from, { ownDomains: ['example.jp'] });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      id: 'display-name-address-mismatch',
      severity: 'high',
      params: { shown: 'info@example.jp', address: 'support@kagoya.net', ownDomain: 'yes' },
    });
    expect(t(f[0]!.messageKey, f[0]!.params)).toBe(
      'The sender name shows info@example.jp, but the message really comes from support@kagoya.net.',
    );
  });
  it('normalises fullwidth ＠ and ．, and invisible characters', () => {
    const f = displayNameFindings(addr('x@evil.example', 'ｓｅｒｖｉｃｅ＠ｂａｎｋ．ｃｏ．ｊｐ'), { ownDomains: [] });
    expect(f[0]?.params['shown']).toBe('service@bank.co.jp');
    expect(displayNameFindings(addr('x@evil.example', 'pay\u2064pal.com'), { ownDomains: [] })[0]?.params['shown']).toBe('paypal.com');
  });
  it('a bare domain in the name is medium; the same organisation is fine', () => {
    expect(displayNameFindings(addr('a@evil.example', 'Booking.com'), { ownDomains: [] })[0]?.severity).toBe('medium');
    expect(displayNameFindings(addr('noreply@mail.booking.com', 'Booking.com'), { ownDomains: [] })).toEqual([]);
    // A capitalised domain-like trading name inside a longer name is low; lower-case or alone it stays medium.
    expect(displayNameFindings(addr('a@news.example', 'CNET News.com Investor'), { ownDomains: [] })[0]?.severity).toBe('low');
    expect(displayNameFindings(addr('a@evil.example', 'support paypal.com'), { ownDomains: [] })[0]?.severity).toBe('medium');
    expect(displayNameFindings(addr('support@kagoya.jp', 'support@kagoya.jp'), { ownDomains: [] })).toEqual([]);
    expect(displayNameFindings(addr('a@b.example', 'Alice Smith'), { ownDomains: [] })).toEqual([]);
    expect(displayNameFindings(addr('a@b.example', 'version 1.2.3 notes'), { ownDomains: [] })).toEqual([]);
    // Initials and surnames that happen to be new gTLDs are not domains.
    expect(displayNameFindings(addr('craig@deersoft.example', 'Craig R.Hughes'), { ownDomains: [] })).toEqual([]);
    expect(displayNameFindings(addr('x@y.example', 'Anna Maria.Smith'), { ownDomains: [] })).toEqual([]);
    expect(displayNameFindings(null, { ownDomains: [] })).toEqual([]);
  });
  it('list-rewritten From ("alice@example.org via List") is low on a mailing-list post', () => {
    const from = addr('dev@lists.project.example', 'alice@example.org via dev');
    expect(displayNameFindings(from, { ownDomains: [], mailingList: true })[0]?.severity).toBe('low');
    expect(displayNameFindings(from, { ownDomains: [] })[0]?.severity).toBe('high');
  });
});
