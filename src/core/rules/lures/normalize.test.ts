import fc from 'fast-check';
import { lureText } from './normalize.js';
import { normalizeVisible } from '../../text/normalize-text.js';

/** The normalisation as it was written step by step (normalizeVisible, then line breaks, JA spaces, I for l, case). */
const JA = /([\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]) (?=[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])/g;
const stepByStep = (s: string) =>
  normalizeVisible(s)
    .replace(/\n/g, ' ')
    .replace(JA, '$1')
    .replace(/(?<=[a-z])I(?=[a-z])/g, 'l')
    .toLowerCase();

describe('lureText normalisation', () => {
  it('is the step-by-step normalisation, in one pass over whitespace', () => {
    const unit = fc.constantFrom(
      ...['a', 'I', 'z', ' ', '  ', '\n', '\r\n', '\t', '\f', '\v', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u200b', '\u00ad'],
      ...['\ufe0f', '三', '井', 'リ', '。', 'ｗ', '＠', 'é', 'e\u0301', 'Ⅸ', '\u034f', '.', 'Wa', 'll'],
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (s) => {
        expect(lureText(s, '', '')).toBe(stepByStep(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('joins subject, text and visible HTML text', () => {
    expect(lureText('Verify  Now', 'your\r\n account', '<p>ActuaIice</p>')).toBe('verify now your account actualice');
  });
});
