import { t } from '../../i18n/index.js';
import { addr, makeMessage } from '../test-message.js';
import { COUNTRY_LOOKALIKE_SUFFIXES, countryLookalikeSuffixFindings, countryLookalikeSuffixOf } from './country-lookalike-suffix.js';

const msg = (from: string) => makeMessage({ from: addr(from, 'Easy Canvas'), fromAll: [addr(from, 'Easy Canvas')] });
const ids = (from: string) => countryLookalikeSuffixFindings(msg(from)).map((f) => `${f.id}:${f.severity}:${f.params['suffix']}`);

describe('country-lookalike-suffix', () => {
  it('a From under a reseller’s country-like name: low, explained in en and ja', () => {
    expect(ids('NEW_OFFRE_1_90574@a.d.b.11.wizqa.sa.com')).toEqual(['country-lookalike-suffix:low:sa.com']);
    expect(ids('info@vans-schuhe.com.de')).toEqual(['country-lookalike-suffix:low:com.de']);
    expect(ids('news@gymstrom.DE.com')).toEqual(['country-lookalike-suffix:low:de.com']);
    const f = countryLookalikeSuffixFindings(msg('service@shop.uk.com'))[0]!;
    expect(t(f.messageKey, f.params, 'en')).toContain('.uk.com');
    expect(t(f.messageKey, f.params, 'ja')).toContain('.uk.com');
  });
  it("legitimate near-misses: countries' own second levels, ordinary .com names that contain a country code, the free eu.org", () => {
    for (const from of [
      'info@shop.co.uk',
      'taro@example.co.jp',
      'x@example.com.br',
      'a@example.com.au',
      'n@sa-shop.com',
      'b@uk.example.com',
      'c@rail.eu.org',
    ])
      expect(ids(from)).toEqual([]);
  });
  it('the reseller’s own domain is no tenant; case and trailing dot; no From', () => {
    expect(countryLookalikeSuffixOf('sa.com')).toBeNull();
    expect(countryLookalikeSuffixOf('Mail.UK.com.')).toBe('uk.com');
    expect(countryLookalikeSuffixFindings(makeMessage())).toEqual([]);
  });
  it('the list is sorted, lower-case and every entry is a private suffix the parser knows', () => {
    const list = [...COUNTRY_LOOKALIKE_SUFFIXES];
    expect(list).toEqual([...list].sort());
    for (const s of list) expect(countryLookalikeSuffixOf(`x.${s}`)).toBe(s);
  });
});
