/**
 * Loose confusable skeleton for hostname labels. UTS #39 section 4 defines skeleton(X) = NFD(map(NFD(X))), which is
 * case-sensitive and keeps diacritics; hostnames need a looser variant applied to both sides of a comparison:
 * NFD, drop combining marks, map by confusables.txt (generated table), lower-case, then fold the ASCII look-alikes
 * that confusables.txt leaves as distinct prototypes (0/o, 1/l/i, rn/m, vv/w, cl/d).
 */
import { CONFUSABLE_PAIRS } from '../reference/generated/confusables.js';

let table: Map<number, string> | null = null;

function confusables(): Map<number, string> {
  if (table) return table;
  const m = new Map<number, string>();
  for (const pair of CONFUSABLE_PAIRS.split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0) m.set(parseInt(pair.slice(0, eq), 16), pair.slice(eq + 1));
  }
  table = m;
  return m;
}

const MARK = /\p{M}/u;
/** True when every UTF-16 unit is ASCII. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
/** Bounded: labels are at most 63 octets (RFC 1035 2.3.4) but callers may pass longer text; cap the work. */
const MAX_INPUT = 256;

/** Maps each code point to its loose prototype (no ASCII folding yet). */
export function mapConfusables(label: string): string {
  if (isAscii(label)) return label.slice(0, MAX_INPUT).toLowerCase();
  const t = confusables();
  let out = '';
  for (const ch of label.slice(0, MAX_INPUT).normalize('NFD')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) {
      out += ch.toLowerCase();
      continue;
    }
    if (MARK.test(ch)) continue;
    const m = t.get(cp) ?? t.get(ch.toLowerCase().codePointAt(0) ?? 0);
    out += m ?? ch.toLowerCase();
  }
  return out;
}

/** Folds single ASCII characters that look alike in common fonts. Applied to both sides, so it only ever merges. */
export function foldAscii(s: string): string {
  return (s.includes('0') ? s.replace(/[0]/g, 'o') : s).replace(/[1i|!]/g, 'l');
}

/** Folds letter pairs that render like one letter (rn/m, vv/w, cl/d). Can join across word boundaries. */
export function foldDigraphs(s: string): string {
  // Each replacement only where its pair occurs (most labels have none): an `includes` is cheaper than a regex pass.
  // No replacement makes a pair a later one folds (m, w), so each test on the text so far is exact.
  let t = s.includes('rn') ? s.replace(/rn/g, 'm') : s;
  if (t.includes('vv')) t = t.replace(/vv/g, 'w');
  return t.includes('cl') ? t.replace(/cl/g, 'd') : t;
}

/** The loose skeleton of one label (or of hyphen-joined labels). */
export function skeleton(label: string): string {
  return foldDigraphs(foldAscii(mapConfusables(label)));
}

/** Skeleton without the digraph folds, so `registernetflix` keeps its `rn` (compared alongside `skeleton`). */
export function skeletonNoDigraphs(label: string): string {
  return foldAscii(mapConfusables(label));
}

/**
 * A coarser key used only to find candidates: also merges visually close pairs that stay distinct in the skeleton
 * (c/e, q/g, u/v, y/v, 5/s, 8/b). Every candidate is re-checked with the weighted distance on skeletons.
 */
export function coarseKey(skel: string): string {
  let out = '';
  for (let i = 0; i < skel.length; i++) {
    const ch = skel[i] as string;
    const next = skel[i + 1];
    if ((ch === 'r' && next === 'r') || (ch === 'n' && next === 'n')) {
      out += 'm';
      i++;
      continue;
    }
    out += COARSE[ch] ?? ch;
  }
  return out;
}

const COARSE: Readonly<Record<string, string>> = { c: 'e', q: 'g', u: 'v', y: 'v', n: 'm', '5': 's', '8': 'b' };

/** Every form of one label that matching compares, computed once. */
export interface LabelForms {
  raw: string;
  /** Skeleton without / with digraph folds, and their coarse keys. */
  s0: string;
  s1: string;
  c0: string;
  c1: string;
  ascii: boolean;
}

export function labelForms(raw: string): LabelForms {
  const s0 = foldAscii(mapConfusables(raw));
  const s1 = foldDigraphs(s0);
  return { raw, s0, s1, c0: coarseKey(s0), c1: s1 === s0 ? coarseKey(s0) : coarseKey(s1), ascii: isAscii(raw) };
}
