/**
 * Domain form helpers. ASCII (punycode) form via the WHATWG URL parser (UTS #46), Unicode form via an RFC 3492
 * punycode decoder (URL gives no Unicode output). Both return null on invalid input, never throw.
 */

const BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700, INITIAL_BIAS = 72, INITIAL_N = 128;

function adapt(delta0: number, numPoints: number, first: boolean): number {
  let delta = first ? Math.floor(delta0 / DAMP) : delta0 >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((BASE - TMIN) * TMAX) >> 1) { delta = Math.floor(delta / (BASE - TMIN)); k += BASE; }
  return k + Math.floor(((BASE - TMIN + 1) * delta) / (delta + SKEW));
}

function digit(c: number): number {
  if (c >= 48 && c <= 57) return c - 22;
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 97;
  return BASE;
}

/** RFC 3492 section 6.2 decoding of one label (without the `xn--` prefix). */
export function punycodeDecode(input: string): string | null {
  if (input.length > 253) return null;
  const out: number[] = [];
  const b = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(b, 0); j++) {
    if (input.charCodeAt(j) >= 0x80) return null;
    out.push(input.charCodeAt(j));
  }
  let n = INITIAL_N, i = 0, bias = INITIAL_BIAS;
  for (let idx = b > 0 ? b + 1 : 0; idx < input.length; ) {
    const oldi = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (idx >= input.length) return null;
      const d = digit(input.charCodeAt(idx++));
      if (d >= BASE) return null;
      i += d * w;
      const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
      if (d < t) break;
      w *= BASE - t;
      if (w > 0x7fffffff) return null;
    }
    bias = adapt(i - oldi, out.length + 1, oldi === 0);
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    if (n > 0x10ffff) return null;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}

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
