/**
 * Browser-style IDN display policy signals for one Unicode label (cf. UTS #39 5.2 restriction levels and the
 * Chromium IDN spoof checker): mixed scripts outside the usual CJK combinations, whole-script Cyrillic look-alikes of
 * Latin on a non-Cyrillic TLD, and code points whose UTS #39 Identifier_Status is not Allowed.
 */
import { mapConfusables } from '../../text/skeleton.js';
import { isAllowedInIdentifier, scriptOf } from '../../text/unicode-script.js';

export interface IdnSignals {
  /** Scripts used, Common/Inherited excluded, e.g. ['Latin', 'Cyrillic']. */
  scripts: string[];
  mixedScript: boolean;
  wholeScriptCyrillic: boolean;
  /** Some code point is not Identifier_Status=Allowed (UTS #39 3.1). */
  disallowed: boolean;
}

/** UTS #39 5.2 "Highly Restrictive" allows Latin with these CJK sets. */
const CJK_SETS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul']),
];
/** TLDs where Cyrillic names are expected (ccTLDs of Cyrillic-using countries and Cyrillic IDN TLDs). */
const CYRILLIC_TLDS = new Set([
  'ru',
  'su',
  'by',
  'kz',
  'ua',
  'bg',
  'mk',
  'rs',
  'me',
  'mn',
  'kg',
  'tj',
  'xn--p1ai',
  'xn--90ais',
  'xn--j1amh',
  'xn--90a3ac',
  'xn--d1alf',
  'xn--l1acc',
  'xn--80ao21a',
  'xn--90ae',
  'xn--p1acf',
  'xn--c1avg',
  'xn--80asehdb',
  'xn--80aswg',
  'xn--j1aef',
  'xn--80adxhks',
  'xn--d1acj3b',
]);

export function idnSignals(label: string, tld: string): IdnSignals {
  const scripts = new Set<string>();
  let disallowed = false;
  for (const ch of label.slice(0, 63)) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp !== 0x2d && !isAllowedInIdentifier(cp)) disallowed = true;
    const sc = scriptOf(cp);
    if (sc !== 'Common' && sc !== 'Inherited') scripts.add(sc);
  }
  const list = [...scripts].sort();
  const mixedScript = scripts.size > 1 && !CJK_SETS.some((set) => list.every((s) => set.has(s)));
  const onlyCyrillic = scripts.size === 1 && scripts.has('Cyrillic');
  const wholeScriptCyrillic = onlyCyrillic && /^[a-z0-9-]+$/.test(mapConfusables(label)) && !CYRILLIC_TLDS.has(tld.toLowerCase());
  return { scripts: list, mixedScript, wholeScriptCyrillic, disallowed };
}

/** True when some signal says a browser would not show this label in Unicode. */
export function isSuspiciousIdn(s: IdnSignals): boolean {
  return s.mixedScript || s.wholeScriptCyrillic || s.disallowed;
}
