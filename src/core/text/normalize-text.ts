/**
 * Normalises untrusted visible text before matching: NFKC (fullwidth `ｗｗｗ．` and `＠` become ASCII), invisible
 * and formatting characters removed (zero-width space/joiners, U+2060-U+2064 invisible operators, BOM, soft
 * hyphen, bidi controls, Mongolian vowel separator, combining grapheme joiner), whitespace runs collapsed.
 */

const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0]/g;
/** Combining invisibles (grapheme joiner, Mongolian free variation selectors, variation selectors) as alternatives. */
const INVISIBLE_MARKS =
  /\u034f|\u115f|\u1160|\u17b4|\u17b5|\u180b|\u180c|\u180d|\u180f|\ufe00|\ufe01|\ufe02|\ufe03|\ufe04|\ufe05|\ufe06|\ufe07|\ufe08|\ufe09|\ufe0a|\ufe0b|\ufe0c|\ufe0d|\ufe0e|\ufe0f/g;

export function removeInvisible(s: string): string {
  return s.replace(INVISIBLE, '').replace(INVISIBLE_MARKS, '');
}

/** NFKC + invisible characters removed + whitespace collapsed to single spaces (newlines kept as '\n'). */
/** Only ASCII: NFKC leaves such text as it is (every ASCII character is its own NFKC form), so it is not run. */
const NON_ASCII = /[^\u0000-\u007f]/; // eslint-disable-line no-control-regex -- the ASCII range, on purpose

/**
 * Every run of whitespace other than line breaks as one space, written so that single spaces (most of them) are not
 * matched and replaced by themselves: the same result as `/[^\S\n]+/g -> ' '`.
 */
const SPACE_RUN = /[^\S\n]{2,}|[^\S \n]/g;

export function normalizeVisible(s: string): string {
  return removeInvisible(NON_ASCII.test(s) ? s.normalize('NFKC') : s)
    .replace(SPACE_RUN, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}
