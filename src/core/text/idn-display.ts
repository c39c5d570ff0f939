/** Punycode decoding (RFC 3492 6.2) of one ACE label body (without `xn--`), for showing IDNs in Unicode form. */

import { punycodeDecodeLabel as punycodeDecode } from './punycode.js';

export { punycodeDecode };

/** Unicode form of an ASCII hostname: each `xn--` label decoded, others kept. */
export function hostToUnicode(ascii: string): string {
  // No `xn--` anywhere: no label to decode, the same string (most hosts; no split and join).
  if (!ascii.includes('xn--')) return ascii;
  return ascii
    .split('.')
    .map((l) => (l.startsWith('xn--') ? (punycodeDecode(l.slice(4)) ?? l) : l))
    .join('.');
}
