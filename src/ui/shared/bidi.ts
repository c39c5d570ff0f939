/**
 * Bidi safety for message-derived text (UAX #9). A display name like "PayPal \u202Egnp.exe" carries a
 * right-to-left override that, left alone, also reverses whatever the UI writes after it in the same line
 * ("…, but the message really comes from …"). CSS isolation (dir=auto, unicode-bidi: isolate) only helps when
 * the value is alone in its element; values are often interpolated into sentences, so each string that carries
 * bidi controls or right-to-left letters is wrapped in FSI…PDI (UAX #9 6.3 / X5c..X6a: a PDI ends every
 * embedding and override opened after its isolate initiator). The value itself stays unchanged inside.
 */

const NEEDS_ISOLATION = /[\u202A-\u202E\u2066-\u2069\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const FSI = '\u2068';
const PDI = '\u2069';
const PDF = '\u202C';

/** Counts what `s` leaves open or closes too much: unclosed isolates, stray PDIs, unclosed top-level embeddings. */
function balance(s: string): { openIsolates: number; strayPdis: number; openEmbeddings: number } {
  let openIsolates = 0;
  let strayPdis = 0;
  let openEmbeddings = 0;
  for (const ch of s) {
    if (ch === '\u2066' || ch === '\u2067' || ch === '\u2068') openIsolates++;
    else if (ch === PDI) {
      if (openIsolates > 0) openIsolates--;
      else strayPdis++;
    } else if (openIsolates === 0) {
      if (ch >= '\u202A' && ch <= '\u202E' && ch !== PDF) openEmbeddings++;
      else if (ch === PDF && openEmbeddings > 0) openEmbeddings--;
    }
  }
  return { openIsolates, strayPdis, openEmbeddings };
}

/**
 * Wraps one untrusted string so that its direction cannot leak out: one FSI per stray PDI in the value (so the
 * value cannot close our isolate early) plus ours, and one PDI per isolate the value leaves open plus ours.
 * Strings without bidi controls or RTL letters are returned unchanged.
 */
export function isolateBidi(s: string): string {
  if (!NEEDS_ISOLATION.test(s)) return s;
  const b = balance(s);
  return FSI.repeat(1 + b.strayPdis) + s + PDI.repeat(1 + b.openIsolates);
}

/** The controls that close whatever `s` leaves open (used after truncating a string). */
export function bidiClosers(s: string): string {
  if (!NEEDS_ISOLATION.test(s)) return '';
  const b = balance(s);
  return PDI.repeat(b.openIsolates) + PDF.repeat(b.openEmbeddings);
}

/** Deep copy of a Report-like value with every string passed through isolateBidi (keys are left alone). */
export function isolateAllText<T>(value: T): T {
  if (typeof value === 'string') return isolateBidi(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => isolateAllText(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = isolateAllText(v);
    return out as T;
  }
  return value;
}

/**
 * Inverse of isolateBidi for a value shown alone in its own dir=auto element (untrustedText): the element already
 * isolates it, so the FSI…PDI wrapper is dropped: the text is exactly the message's when the value has no isolate
 * controls of its own, else an equivalent one (same isolateBidi image, same rendering inside the element).
 * Anything else (a sentence, several values joined) is returned unchanged. At most 8 wrapper depths are tried.
 */
export function unwrapLoneValue(s: string): string {
  if (!s.startsWith(FSI) || !s.endsWith(PDI)) return s;
  for (let k = 1; k <= 8 && s[k - 1] === FSI; k++) {
    for (let m = 1; m <= 8 && s[s.length - m] === PDI && k + m <= s.length; m++) {
      const inner = s.slice(k, s.length - m);
      if (isolateBidi(inner) === s) return inner;
    }
  }
  return s;
}
