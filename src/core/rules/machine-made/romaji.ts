/**
 * Japanese written in Latin letters (Hepburn or Kunrei romaji: `tanaka`, `shinichiro`, `kyouko`, `hattori`, `ohno`) is
 * made of syllables (consonant, optional y, vowel; a syllabic n; a doubled consonant), so a romaji name is never
 * machine-made even when an English-trained model finds its letter sequences unusual.
 */
// Each character starts exactly one way (a trailing h or a syllabic n never before a vowel), so matching is linear.
const SYLLABLES = /^(?:(?:ch|sh|ts|[kgsztdnhbpmyrwfjv])?y?[aeiou](?:h(?![aeiouy]))?|n(?![aeiouy])|([kgstdhbpmrfjcz])(?=\1))+$/;

export function isRomaji(token: string): boolean {
  const t = token.toLowerCase();
  return t.length >= 2 && t.length <= 40 && /^[a-z]+$/.test(t) && SYLLABLES.test(t);
}
