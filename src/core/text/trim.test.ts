import fc from 'fast-check';
import { trimEndWsp, trimEndWspCrlf, trimEndAngleAndSpace, trimEndPadding, angleContent } from './trim.js';

describe('linear trims match the regular expressions they replace', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', '\t', '\r', '\n', 'a', '>', '=', '\u3000', '<') }), (s) => {
        expect(trimEndWsp(s)).toBe(s.replace(/[ \t]+$/, ''));
        expect(trimEndWspCrlf(s)).toBe(s.replace(/[ \t\r\n]+$/, ''));
        expect(trimEndAngleAndSpace(s)).toBe(s.replace(/[>\s]+$/, ''));
        expect(trimEndPadding(s)).toBe(s.replace(/=+$/, ''));
        const m = /<([^>]*)>/.exec(s);
        expect(angleContent(s)).toBe((m ? m[1]! : s).trim());
      }),
      { numRuns: 2000 },
    );
  });
  it('stay linear on hostile runs', () => {
    const t0 = performance.now();
    trimEndWsp(`a${' '.repeat(200_000)}b`);
    trimEndAngleAndSpace(`a@${'> '.repeat(100_000)}x`);
    angleContent('<'.repeat(200_000));
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
