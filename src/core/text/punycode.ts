/**
 * Punycode decoding (RFC 3492 6.2) of one ACE label body (without `xn--`): the one decoder behind
 * `headers/idn.ts` (domainToUnicode) and `lookalike/punycode.ts` (hostToUnicode). The two callers have always
 * used different limits; they are `PunycodeLimits` presets here. Pure; invalid input gives null, never throws.
 */

const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_CODE_POINT = 0x10ffff;

export interface PunycodeLimits {
  /** Longest accepted input in characters; the decoded label is never longer than its input. */
  readonly maxInputLength: number;
  /**
   * Fail on a decoded UTF-16 surrogate (U+D800-U+DFFF). They are not Unicode scalar values and cannot be encoded in
   * UTF-8 (RFC 3629 3), so no U-label holds one (RFC 5890 2.3.2.1); RFC 3492 itself decodes any code point.
   */
  readonly rejectSurrogates: boolean;
  /**
   * Fail as soon as the digit weight `w` exceeds 2^31 - 1, the overflow handling of RFC 3492 6.4 for 32-bit
   * integers. Without it the only bound is the decoded code point (<= U+10FFFF), which is exact in JS numbers here.
   */
  readonly weightOverflow31Bits: boolean;
}

/** RFC 5890 2.3.2.1 / RFC 1034 3.1: a label is at most 63 octets; scalar values only. Used by lookalike matching. */
export const PUNYCODE_LABEL_LIMITS: PunycodeLimits = { maxInputLength: 63, rejectSurrogates: true, weightOverflow31Bits: false };

/**
 * Limits of the header domain helpers (`headers/idn.ts`): up to 253 characters (the longest domain name, RFC 1035
 * 2.3.4, looser than the label limit), surrogates passed through, RFC 3492 6.4 32-bit overflow check.
 */
export const PUNYCODE_HEADER_LIMITS: PunycodeLimits = { maxInputLength: 253, rejectSurrogates: false, weightOverflow31Bits: true };

/** RFC 3492 6.1 bias adaptation. */
function adapt(delta0: number, numPoints: number, first: boolean): number {
  let delta = first ? Math.floor(delta0 / DAMP) : delta0 >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((BASE - TMIN) * TMAX) >> 1) {
    delta = Math.floor(delta / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * delta) / (delta + SKEW));
}

/** RFC 3492 5: digit values, case-insensitive; BASE for a non-digit. */
function digit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 22;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  return BASE;
}

/** Returns the Unicode label, or null when the input is not valid Punycode (RFC 3492 6.2 failure cases) or over limits. */
export function punycodeDecodeWith(input: string, limits: PunycodeLimits): string | null {
  const max = limits.maxInputLength;
  if (input.length > max) return null;
  const out: number[] = [];
  // RFC 3492 6.2: basic code points are everything before the last delimiter; they MUST be basic (< 0x80).
  const basicEnd = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(basicEnd, 0); j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return null;
    out.push(c);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let pos = basicEnd > 0 ? basicEnd + 1 : 0; pos < input.length;) {
    const oldi = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= input.length) return null;
      const d = digit(input.charCodeAt(pos++));
      if (d >= BASE) return null;
      i += d * w;
      // Beyond this bound n below would exceed U+10FFFF (out.length + 1 <= max): fail early, keep numbers exact.
      if (i > MAX_CODE_POINT * (max + 1)) return null;
      const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
      if (d < t) break;
      w *= BASE - t;
      if (limits.weightOverflow31Bits && w > 0x7fffffff) return null;
    }
    bias = adapt(i - oldi, out.length + 1, oldi === 0);
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    if (n > MAX_CODE_POINT) return null;
    if (limits.rejectSurrogates && n >= 0xd800 && n <= 0xdfff) return null;
    out.splice(i, 0, n);
    if (out.length > max) return null;
    i++;
  }
  return String.fromCodePoint(...out);
}

/** Decoding for lookalike matching and link hosts (`PUNYCODE_LABEL_LIMITS`). */
export function punycodeDecodeLabel(input: string): string | null {
  return punycodeDecodeWith(input, PUNYCODE_LABEL_LIMITS);
}

/** Decoding for the header domain helpers (`PUNYCODE_HEADER_LIMITS`). */
export function punycodeDecodeHeaderLabel(input: string): string | null {
  return punycodeDecodeWith(input, PUNYCODE_HEADER_LIMITS);
}
