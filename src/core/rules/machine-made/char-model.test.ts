import fc from 'fast-check';
import { addToModel, emptyModel, modelForm, randomnessScore, ALPHABET_SIZE, type CharModel } from './char-model.js';
import { shippedModel } from './random-sender.js';

/** The score as defined (char-model.ts header), computed from the count maps key by key. */
function reference(m: CharModel, token: string): number | null {
  const form = modelForm(token);
  if (!form) return null;
  const ctx2 = new Map<string, number>();
  const ctx1 = new Map<string, number>();
  for (const [k, n] of m.tri) ctx2.set(k.slice(0, 2), (ctx2.get(k.slice(0, 2)) ?? 0) + n);
  for (const [k, n] of m.bi) ctx1.set(k[0]!, (ctx1.get(k[0]!) ?? 0) + n);
  const s = `^^${form}$`;
  const uniform = 1 / ALPHABET_SIZE;
  let score = 0;
  for (let i = 2; i < s.length; i++) {
    const [a, b, c] = [s[i - 2]!, s[i - 1]!, s[i]!];
    const n2 = ctx2.get(a + b) ?? 0;
    const n1 = ctx1.get(b) ?? 0;
    const p3 = n2 ? (m.tri.get(a + b + c) ?? 0) / n2 : 0;
    const p2 = n1 ? (m.bi.get(b + c) ?? 0) / n1 : 0;
    const p1 = m.total ? (m.uni.get(c) ?? 0) / m.total : 0;
    score += Math.log(0.6 * p3 + 0.25 * p2 + 0.1 * p1 + 0.05 * uniform) - Math.log(uniform);
  }
  return score;
}

describe('randomnessScore', () => {
  const token = fc.string({ unit: fc.constantFrom(...'abcxyzqAZ0179é-_'.split('')), maxLength: 24 });

  it('is exactly the score computed from the count maps (shipped model)', () => {
    const m = shippedModel();
    fc.assert(
      fc.property(token, (t) => {
        expect(randomnessScore(m, t)).toBe(reference(m, t));
      }),
      { numRuns: 3000 },
    );
    expect(randomnessScore(m, 'xkqzvbrw')!).toBeLessThan(randomnessScore(m, 'newsletter')!);
  });

  it('is exactly the score computed from the count maps (a small model, empty model)', () => {
    const m = emptyModel();
    for (const w of ['paypal', 'amazon', 'support', 'info2024']) addToModel(m, modelForm(w)!);
    fc.assert(
      fc.property(token, (t) => {
        expect(randomnessScore(m, t)).toBe(reference(m, t));
      }),
      { numRuns: 1000 },
    );
    expect(randomnessScore(emptyModel(), 'abc')).toBe(reference(emptyModel(), 'abc'));
  });
});
