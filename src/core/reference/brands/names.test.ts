import { BRANDS } from './index.js';
import { buildNameRules, findByName, nameCandidates } from './names.js';

const rules = buildNameRules(BRANDS);

/** findByName without the candidate prefilter: every rule in order. */
function unfiltered(text: string): string | null {
  const norm = text.slice(0, 2000).normalize('NFKC');
  const lower = norm.toLowerCase();
  for (const r of rules) if (r.re ? lower.includes(r.lower) && r.re.test(norm) : lower.includes(r.needle)) return r.entity.id;
  return null;
}

describe('findByName', () => {
  it('finds the entity the unfiltered search finds (longest name first)', () => {
    const texts = [
      'KAGOYA サポート',
      'カゴヤ',
      '三井住友カード株式会社',
      'Ａｍａｚｏｎ.co.jp',
      'PayPal Service',
      'paypal-service', // the regex needs a boundary, not only the letters
      'JCB',
      'jcb', // short Latin names only as written
      'newsletter ' + 'text '.repeat(100) + 'from Netflix',
      'nobody in particular',
    ];
    const found = texts.map((t) => findByName(rules, t)?.id ?? null);
    expect(found).toEqual(texts.map(unfiltered));
    expect(found.filter(Boolean).length).toBeGreaterThan(5);
  });
});

describe('nameCandidates', () => {
  it('marks every rule whose lower-cased name is in the text', () => {
    const text = 'your amazon, paypal and 三井住友カード accounts; au and line';
    nameCandidates(rules, 'your netflix account'); // an earlier search leaves no mark behind
    const { stamp, search } = nameCandidates(rules, text);
    const marked = rules.map((_, i) => stamp[i] === search);
    const inText = rules.map((r, i) => [r, i] as const).filter(([r]) => text.includes(r.lower));
    expect(inText.length).toBeGreaterThan(3);
    for (const [, i] of inText) expect(marked[i]).toBe(true);
    expect(marked.filter(Boolean).length).toBeLessThan(rules.length / 2); // and rules most names out
    const netflix = rules.map((r, i) => [r, i] as const).filter(([r]) => r.lower === 'netflix');
    expect(netflix.length).toBe(1);
    expect(netflix.map(([, i]) => stamp[i] === search)).toEqual([false]);
  });
});
