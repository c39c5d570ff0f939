/**
 * Forms of short untrusted text (display name, subject) used to look for brand names behind obfuscation:
 * invisible characters removed, look-alike letters of other scripts mapped to Latin (UTS #39 confusables),
 * CamelCase split so `CoinbaseWallet` shows the word `Coinbase`.
 */
import { removeInvisible } from './normalize-text.js';
import { mapConfusables } from './skeleton.js';

/** Display names and subjects are short; longer text is cut (limit on untrusted input). */
export const MAX_SHORT_TEXT = 500;

/**
 * Invisible code points that normalize-text.ts does not already remove: tag characters (U+E0000-E007F) and the
 * variation selectors supplement (U+E0100-E01EF), used to split words like `Se󠄹r󠄹vice` so filters miss them.
 */
export function isAstralInvisible(cp: number): boolean {
  return (cp >= 0xe0000 && cp <= 0xe007f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

export function stripInvisible(s: string): string {
  let out = '';
  for (const ch of removeInvisible(s.normalize('NFKC'))) if (!isAstralInvisible(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

/** Maps each non-ASCII letter to its Latin look-alike, keeping case (Greek `Κ` -> `K`, Cyrillic `а` -> `a`). */
export function foldLookalikes(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) {
      out += ch;
      continue;
    }
    const m = mapConfusables(ch);
    // Only single ASCII letters replace: a CJK or Arabic letter stays as written.
    if (/^[a-z]{1,2}$/.test(m)) out += ch !== ch.toLowerCase() ? m.toUpperCase() : m;
    else out += ch;
  }
  return out;
}

/** `CoinbaseWaIIet` -> `Coinbase WaIIet`; `MetaMask` stays readable as `Meta Mask` too. */
export function splitCamel(s: string): string {
  return s.replace(/([a-z])([A-Z])/g, '$1 $2');
}

/** A space between two Japanese characters (kana, kanji, the long-vowel mark): `横 浜 銀 行`, `三井住友 カード`. */
const JA_GAP =
  /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])\s+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])/gu;

/**
 * Japanese written with spaces between its characters (`横 浜 銀 行`) reads as the plain word: Japanese puts no spaces
 * between words, so spacing a brand name out only hides it from a filter.
 */
export function joinJapanese(s: string): string {
  return s.replace(JA_GAP, '');
}

/** The distinct forms a brand name is searched in, original first. */
export function searchForms(text: string): string[] {
  const t = text.slice(0, MAX_SHORT_TEXT);
  const clean = stripInvisible(t);
  const folded = foldLookalikes(clean);
  return [...new Set([t, clean, folded, splitCamel(folded), joinJapanese(clean)])];
}
