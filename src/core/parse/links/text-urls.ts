/**
 * Bare URLs in plain text (http://, https://, www.). A URL ends at whitespace, at ASCII delimiters that never
 * appear unescaped in URLs, and at CJK punctuation, kana/ideographs and fullwidth forms (Japanese text often
 * runs straight on after a URL: `https://example.jp/はこちら`, `「https://example.jp/」`). Trailing
 * punctuation is trimmed, and a closing parenthesis only when it has no opening partner inside the URL.
 */

/** Single character class with one quantifier: linear. U+2000-U+206F (punctuation/invisibles) and U+3000+ end a URL. */
const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"'`{}|\\^\u2000-\u206f\u3000-\uffff]+/gi;
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '"', ']', '}', '>', '*', '_', '~', '-']);
/** At most this many URLs are taken from one text (limit on untrusted input). */
const MAX_URLS = 1000;

export interface TextUrl {
  url: string;
  index: number;
}

function trimUrl(raw: string): string {
  let s = raw;
  for (;;) {
    const last = s[s.length - 1];
    if (last === undefined) return s;
    if (TRAILING.has(last)) {
      s = s.slice(0, -1);
      continue;
    }
    if (last === ')') {
      const opens = s.split('(').length - 1;
      const closes = s.split(')').length - 1;
      if (closes > opens) {
        s = s.slice(0, -1);
        continue;
      }
    }
    return s;
  }
}

/** Finds bare URLs; `www.` forms are returned with an `http://` prefix so they parse as URLs. */
export function findTextUrls(text: string, max: number = MAX_URLS): TextUrl[] {
  const out: TextUrl[] = [];
  // An exec loop on the one regex rather than matchAll, which clones the regex on every call: this runs once per
  // text token of every HTML part. (URL_RE never matches the empty string, so lastIndex always advances.)
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m !== null; m = URL_RE.exec(text)) {
    if (out.length >= max) break;
    const trimmed = trimUrl(m[0]);
    if (/^www\.$/i.test(trimmed) || /^https?:\/\/$/i.test(trimmed)) continue;
    const url = /^www\./i.test(trimmed) ? `http://${trimmed}` : trimmed;
    out.push({ url, index: m.index });
  }
  return out;
}
