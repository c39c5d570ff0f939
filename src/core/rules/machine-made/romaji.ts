/**
 * Japanese written in Latin letters (Hepburn or Kunrei romaji: `tanaka`, `shinichiro`, `kyouko`, `hattori`, `ohno`) is
 * made of syllables: an optional onset (ch, sh, ts or one consonant), an optional y, a vowel (with an optional long-
 * vowel h before a consonant, `ohno`); a syllabic n before a consonant or at the end; the first of a doubled consonant
 * (`hattori`). A romaji name is never machine-made even when an English-trained model finds its letters unusual.
 * A scanner, not a regex: each position is read one way, so it is linear on any input.
 */
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const ONSETS = new Set([...'kgsztdnhbpmyrwfjv']);
const DOUBLED = new Set([...'kgstdhbpmrfjcz']);
const MAX_ROMAJI = 40;

const vowelOrY = (c: string | undefined) => c !== undefined && (VOWELS.has(c) || c === 'y');

export function isRomaji(token: string): boolean {
  if (typeof token !== 'string' || token.length < 2 || token.length > MAX_ROMAJI) return false;
  const t = token.toLowerCase();
  if (!/^[a-z]+$/.test(t)) return false;
  let i = 0;
  while (i < t.length) {
    const c = t[i]!;
    if (c === 'n' && !vowelOrY(t[i + 1])) {
      i++;
      continue;
    }
    if (DOUBLED.has(c) && t[i + 1] === c) {
      i++;
      continue;
    }
    let j = i;
    if ((c === 'c' || c === 's') && t[i + 1] === 'h') j = i + 2;
    else if (c === 't' && t[i + 1] === 's') j = i + 2;
    else if (ONSETS.has(c)) j = i + 1;
    else if (!VOWELS.has(c)) return false;
    if (j > i && t[j] === 'y') j++;
    if (!VOWELS.has(t[j] ?? '')) return false;
    i = j + 1;
    if (t[i] === 'h' && !vowelOrY(t[i + 1])) i++;
  }
  return true;
}
