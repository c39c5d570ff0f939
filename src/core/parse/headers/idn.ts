/**
 * Domain form helpers. ASCII (punycode) form via the WHATWG URL parser (UTS #46), Unicode form via an RFC 3492
 * punycode decoder (`net/punycode.ts`; URL gives no Unicode output). Both return null on invalid input, never throw.
 */

import { punycodeDecodeHeaderLabel as punycodeDecode } from '../../text/punycode.js';

/** RFC 3492 6.2 decoding of one label (without the `xn--` prefix); shared decoder with the header limits. */
export { punycodeDecode };

/** `xn--...` labels to Unicode; other labels kept. Lower-cased. */
export function domainToUnicode(domain: string): string | null {
  const labels = domain.toLowerCase().replace(/\.$/, '').split('.');
  const out: string[] = [];
  for (const l of labels) {
    if (l.startsWith('xn--')) {
      const u = punycodeDecode(l.slice(4));
      if (u === null) return null;
      out.push(u);
    } else out.push(l);
  }
  return out.join('.');
}

/** Unicode (or mixed) domain to its ASCII/punycode form (UTS #46 as browsers do). */
export function domainToAscii(domain: string): string | null {
  if (domain === '' || domain.length > 1024 || /[\s/?#@:\\%]/.test(domain)) return null;
  try {
    return new URL('http://' + domain).hostname;
  } catch {
    return null;
  }
}
