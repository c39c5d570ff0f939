import { catalogParts } from './registry.js';
import { t, fill } from './index.js';

describe('core message catalog', () => {
  it('has unique keys with both languages and a description', () => {
    const seen = new Map<string, string>();
    for (const [part, cat] of catalogParts) {
      for (const [key, def] of Object.entries(cat)) {
        expect(seen.has(key), `${key} defined in ${seen.get(key)} and ${part}`).toBe(false);
        seen.set(key, part);
        expect(def.en.trim(), `${key} en`).not.toBe('');
        expect(def.ja.trim(), `${key} ja`).not.toBe('');
        expect(def.description.trim(), `${key} description`).not.toBe('');
        const ph = (s: string) =>
          [...s.matchAll(/\{(\w+)\}/g)]
            .map((m) => m[1])
            .sort()
            .join(',');
        expect(ph(def.ja), `${key}: ja and en use the same placeholders`).toBe(ph(def.en));
      }
    }
  });
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(t('verdict.danger', {}, 'ja')).toBe('危険');
    expect(t('no.such.key')).toBe('no.such.key');
  });
});
