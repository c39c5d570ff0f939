/**
 * HTML character reference decoding (HTML Living Standard 13.2.5.72-80, simplified): numeric references
 * (`&#10687;`, `&#x29BF;`, semicolon optional) and the named references that matter for reading links
 * and visible text. Unknown named references are left as written. Never throws.
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', copy: '\u00a9', reg: '\u00ae',
  trade: '\u2122', hellip: '\u2026', mdash: '\u2014', ndash: '\u2013', lsquo: '\u2018', rsquo: '\u2019',
  ldquo: '\u201c', rdquo: '\u201d', laquo: '\u00ab', raquo: '\u00bb', bull: '\u2022', middot: '\u00b7',
  zwj: '\u200d', zwnj: '\u200c', lrm: '\u200e', rlm: '\u200f', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  yen: '\u00a5', euro: '\u20ac', pound: '\u00a3', cent: '\u00a2', times: '\u00d7', divide: '\u00f7',
  sol: '/', colon: ':', period: '.', commat: '@', quest: '?', equals: '=', num: '#', percnt: '%', lowbar: '_',
  hyphen: '\u2010', dash: '\u2010', newline: '\n', tab: '\t', excl: '!', lpar: '(', rpar: ')',
};

/** Longest named reference we look up; bounds the scan after `&`. */
const MAX_NAME = 10;

function fromCodePoint(cp: number): string {
  // HTML 13.2.5.80: 0, surrogates and out-of-range code points become U+FFFD.
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(cp);
}

/** Decodes character references in text or an attribute value. Linear in the input length. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const amp = s.indexOf('&', i);
    if (amp < 0) { out += s.slice(i); break; }
    out += s.slice(i, amp);
    i = amp + 1;
    if (s[i] === '#') {
      const hex = s[i + 1] === 'x' || s[i + 1] === 'X';
      let j = i + (hex ? 2 : 1);
      const start = j;
      const digit = hex ? /[0-9a-fA-F]/ : /[0-9]/;
      // At most 8 digits: anything longer is out of range anyway (bounded work per reference).
      while (j < s.length && j - start < 8 && digit.test(s[j] ?? '')) j++;
      if (j === start) { out += '&'; continue; }
      out += fromCodePoint(parseInt(s.slice(start, j), hex ? 16 : 10));
      while (j < s.length && digit.test(s[j] ?? '')) j++; // swallow over-long digit runs
      i = s[j] === ';' ? j + 1 : j;
      continue;
    }
    let j = i;
    while (j < s.length && j - i < MAX_NAME && /[a-zA-Z0-9]/.test(s[j] ?? '')) j++;
    const name = s.slice(i, j);
    const hit = NAMED[name] ?? NAMED[name.toLowerCase()];
    if (hit !== undefined && name.length > 0) {
      out += hit;
      i = s[j] === ';' ? j + 1 : j;
    } else {
      out += '&';
    }
  }
  return out;
}
