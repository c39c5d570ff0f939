import { foldAscii, foldDigraphs, skeleton } from './skeleton.js';

function* strings(alphabet: readonly string[], depth: number, prefix = ''): Generator<string> {
  yield prefix;
  if (depth > 0) for (const c of alphabet) yield* strings(alphabet, depth - 1, prefix + c);
}

describe('skeleton folds', () => {
  it('folds look-alike letters and pairs', () => {
    expect(skeleton('paypa1')).toBe('paypal');
    expect(skeleton('rnicrosoft')).toBe(skeleton('microsoft'));
    expect(skeleton('vvells')).toBe('wells');
    expect(skeleton('clhl')).toBe('dhl');
    expect(foldAscii('g00gle!')).toBe('googlel');
  });

  it('gives what the three pair replacements in a row give, for every short string of the letters involved', () => {
    const inRow = (s: string) => s.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/cl/g, 'd');
    for (const s of strings(['r', 'n', 'v', 'c', 'l', 'm', 'w', 'd', 'x'], 6)) expect(foldDigraphs(s)).toBe(inRow(s));
    for (const s of strings(['0', '1', 'i', '|', '!', 'o', 'l'], 5))
      expect(foldAscii(s)).toBe(s.replace(/[0]/g, 'o').replace(/[1i|!]/g, 'l'));
  });
});
