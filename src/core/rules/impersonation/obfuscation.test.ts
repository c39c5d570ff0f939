import { obfuscationFindings, hiddenCharacterCount, mixedScriptWords } from './obfuscation.js';
import { t } from '../../i18n/index.js';

describe('hidden-characters', () => {
  it('counts invisible characters after letters, not joiners and selectors of emoji', () => {
    expect(hiddenCharacterCount('メルカ\u2064リ')).toBe(1);
    expect(hiddenCharacterCount('Se\u{E0139}r\u{E0139}vice')).toBe(2);
    expect(hiddenCharacterCount('コ\u2061インチェ\ufe09ック')).toBe(2);
    expect(hiddenCharacterCount('👨\u200d👩\u200d👧 family ❤\ufe0f')).toBe(0);
    expect(hiddenCharacterCount('plain text')).toBe(0);
  });
  it('is a high finding naming the field', () => {
    const f = obfuscationFindings('Gemini Se\u{E0139}r\u{E0139}vice', 'hello');
    expect(f.map((x) => [x.id, x.severity])).toEqual([['hidden-characters', 'high']]);
    expect(t(f[0]!.messageKey, f[0]!.params, 'en')).toBe(
      'The From display name contains 2 invisible character(s) hidden inside words, a trick to slip past spam filters.',
    );
  });
});

describe('mixed-script-text', () => {
  it('flags words mixing look-alike scripts, not words of one script', () => {
    expect(mixedScriptWords('Renew your details (\u039aYC)')).toEqual(['\u039aYC']);
    expect(mixedScriptWords('Привет мир, hello world, Καλημέρα')).toEqual([]);
    expect(mixedScriptWords('東京電力 からのお知らせ ETC')).toEqual([]);
  });
  it('is high in a display name, medium in a subject (a stray keyboard-layout letter)', () => {
    expect(obfuscationFindings('\u13a0rοցеrіе Markt', '')[0]).toMatchObject({ id: 'mixed-script-text', severity: 'high' });
    expect(obfuscationFindings('Ivan', '\u0421reate fpga image')[0]).toMatchObject({ id: 'mixed-script-text', severity: 'medium' });
  });
  it('capital I for l and zero for O in display names only', () => {
    expect(obfuscationFindings('CoinbaseWaIIet', '')[0]).toMatchObject({
      id: 'mixed-script-text',
      severity: 'medium',
      params: { sample: 'aIIe' },
    });
    expect(obfuscationFindings('BANC0 BRADESC0', '')[0]?.params['sample']).toBe('BANC0');
    expect(obfuscationFindings('LinkedIn', 'MTE TCF0 check and maxItems')).toEqual([]);
  });
  it('in subjects only zero for O in whole ordinary words', () => {
    expect(obfuscationFindings('Jane', '_0ne_Year_0f_Streaming')[0]).toMatchObject({ id: 'mixed-script-text', params: { sample: '0ne' } });
    expect(obfuscationFindings('Jane', 'byte 0f of reg 0x0f, patch 0/3')).toEqual([]);
  });
});

describe('styled-text', () => {
  it('mathematical bold letters are low', () => {
    expect(obfuscationFindings('Shop', '\u{1D400}\u{1D401} WINNER')).toEqual([
      expect.objectContaining({ id: 'styled-text', severity: 'low' }),
    ]);
  });
});
