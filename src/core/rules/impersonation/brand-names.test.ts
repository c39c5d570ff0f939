import { BRANDS } from '../../reference/brands/index.js';
import { buildNameRules } from '../../reference/brands/names.js';
import { searchForms } from '../../text/short-text-forms.js';
import { brandsNamedIn } from './brand-names.js';

/** The search without any prefilter: every name rule of the pack tried on every form, in rule order. */
function unfiltered(text: string): string[] {
  const forms = searchForms(text).map((f) => f.normalize('NFKC'));
  const ids = new Set<string>();
  const out: string[] = [];
  for (const rule of buildNameRules(BRANDS)) {
    if (ids.has(rule.entity.id)) continue;
    const hit = rule.re ? forms.some((f) => rule.re!.test(f)) : forms.some((f) => f.toLowerCase().includes(rule.needle));
    if (hit) {
      ids.add(rule.entity.id);
      out.push(`${rule.entity.id}:${rule.name}`);
    }
  }
  return out;
}

describe('brandsNamedIn', () => {
  const texts = [
    'Your Amazon order has shipped',
    'PayPal: your account is limited',
    'Ｐａｙｐａｌ セキュリティ通知',
    '三井住友カード ご利用確認',
    '三 井 住 友 銀 行',
    'CoinbaseWallet support',
    'АррӀе ID locked', // Cyrillic look-alikes
    'JCB and au and LINE',
    'jcb line au', // short names count only as written
    'amazonaws.com billing and netflixing',
    'Microsoft 365 ' + 'newsletter text about nothing in particular. '.repeat(20) + 'DHL Express delivery',
    '',
  ];

  it('finds what the unfiltered search over every name finds, in the same order', () => {
    let found = 0;
    for (const text of texts) {
      const got = brandsNamedIn(text).map((b) => `${b.entity.id}:${b.name}`);
      expect(got).toEqual(unfiltered(text));
      found += got.length;
    }
    expect(found).toBeGreaterThan(8); // the texts do name brands: not only empty lists compared
  });

  it('finds a brand named after a long text too (the whole opening is searched, up to its limit)', () => {
    const long = 'a '.repeat(150) + 'Sign in to your Netflix account';
    expect(brandsNamedIn(long).map((b) => b.entity.id)).toEqual(unfiltered(long).map((s) => s.split(':')[0]));
  });
});
