/**
 * How catalogue names are classified for matching (see org-names.ts for the rules); pure, used both by the generator
 * (scripts/gen-orgs.mjs precomputes the name table shipped in reference/generated/org-catalog.ts) and at run time.
 */
import type { Org } from './org-rows.js';

export type NameStrength = 'distinct' | 'context';

/**
 * Words that make up organisation names without saying which organisation (en, de, fr, es, pt, it, nl, pl): a name
 * made only of these ("First National Bank", "Volksbank", "La Poste") is never matched alone.
 */
export const ORG_WORDS = new Set(
  `bank banks banco banca banque bancorp bancshares sparkasse sparkassen volksbank raiffeisenbank
raiffeisen kasse caja caixa cassa kreditbank savings saving credit union federal national first trust community state city county
citizens citizen peoples people united american america international global group financial finance finanz insurance assurance
seguros versicherung post postal poste posta correo correos mail mobile telecom telekom store stores shop market markets
supermarket supermercado supermarkt express direct online holding holdings company corporation services service home center
centre the of and de do da du la le les des del di van von und et y e new north south east west central general mutual
cooperative coop co-op plus city metro super hyper mega royal golden star one capital private public popular regional
local farmers merchants security commerce commercial investment investments`.split(/\s+/),
);

/** Japanese service wording that may surround a short Japanese name ("ドコモ お知らせ"). */
export const JA_CONTEXT =
  /^(?:お知らせ|サポート|カスタマーセンター|カスタマーサポート|センター|事務局|公式|株式会社|会員|サービス|窓口|運営|通知|お客様|係|[\s\p{P}\p{S}])*$/u;

const MIN_LATIN_LETTERS = 3;
/** Latin names this short (compact) match only as written. */
export const EXACT_CASE_MAX = 4;
const MIN_JA_DISTINCT = 4;
const MIN_JA = 2;

export function isJapanese(s: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s);
}

export function compactOf(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Latin words of a name, lower-cased with diacritics kept. */
export function wordsOf(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}'&-]+/u)
    .filter((w) => /\p{L}/u.test(w));
}

export function strengthOf(name: string): NameStrength | null {
  if (isJapanese(name)) {
    const len = [...name.replace(/[\s\p{P}]/gu, '')].length;
    if (len < MIN_JA) return null;
    return len >= MIN_JA_DISTINCT ? 'distinct' : 'context';
  }
  if (compactOf(name).replace(/[0-9]/g, '').length < MIN_LATIN_LETTERS) return null;
  const words = wordsOf(name);
  const own = words.filter((w) => !ORG_WORDS.has(w) && w.length >= 2);
  if (own.length === 0) return null;
  if (words.length >= 2 && own.some((w) => w.length >= 4) && compactOf(name).length >= 8) return 'distinct';
  return 'context';
}

/**
 * The shipped name table: one line per distinct name (case-folded) of the organisations not covered by the brand pack:
 * name TAB d|c (distinct, context) TAB 1 if an ordinary word TAB 1 if Japanese TAB compact form TAB first word TAB
 * indexes of the organisations going by it. When two organisations share a name, the weaker reading wins.
 */
export function buildNameRows(orgs: readonly Org[]): string {
  const m = new Map<string, { name: string; strength: NameStrength; common: boolean; orgs: number[] }>();
  orgs.forEach((org, idx) => {
    if (org.inPack) return;
    for (const raw of org.names) {
      const name = raw.trim();
      let strength = strengthOf(name);
      if (!strength) continue;
      const common = org.commonNames.includes(raw);
      if (common) strength = 'context';
      const key = name.toLowerCase();
      const have = m.get(key);
      if (have) {
        if (!have.orgs.includes(idx)) have.orgs.push(idx);
        if (strength === 'context') have.strength = 'context';
        if (common) have.common = true;
      } else m.set(key, { name, strength, common, orgs: [idx] });
    }
  });
  return [...m.values()]
    .map((n) =>
      [
        n.name,
        n.strength === 'distinct' ? 'd' : 'c',
        n.common ? '1' : '0',
        isJapanese(n.name) ? '1' : '0',
        compactOf(n.name),
        isJapanese(n.name) ? '' : (wordsOf(n.name)[0] ?? ''),
        n.orgs.join(','),
      ].join('\t'),
    )
    .join('\n');
}
