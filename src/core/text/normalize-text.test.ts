import { normalizeVisible } from './normalize-text.js';

/** Every string of up to `depth` characters from `alphabet`. */
function* strings(alphabet: readonly string[], depth: number, prefix = ''): Generator<string> {
  yield prefix;
  if (depth > 0) for (const c of alphabet) yield* strings(alphabet, depth - 1, prefix + c);
}

describe('normalizeVisible', () => {
  it('collapses whitespace runs to one space, keeps line breaks, trims', () => {
    expect(normalizeVisible('  a \t b\u00a0\u00a0c  \n\n  d\u3000e  ')).toBe('a b c\nd e');
    expect(normalizeVisible('ｗｗｗ．ｅｘａｍｐｌｅ\u200b．ｃｏｍ')).toBe('www.example.com');
  });

  it('gives what the plain whitespace-run replacement gives, for every short mix of spaces, breaks and letters', () => {
    const plain = (s: string) =>
      s
        .replace(/[^\S\n]+/g, ' ')
        .replace(/ ?\n[\s]*/g, '\n')
        .trim();
    let n = 0;
    for (const s of strings([' ', '\t', '\n', '\u00a0', '\r', 'a', '\u3000'], 6)) {
      expect(normalizeVisible(s)).toBe(plain(s.normalize('NFKC')));
      n++;
    }
    expect(n).toBeGreaterThan(100_000);
  });
});
