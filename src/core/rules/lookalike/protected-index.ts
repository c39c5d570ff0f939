/**
 * Indexes over protected labels, built once per engine: exact skeletons, a symmetric-delete (deletion
 * neighbourhood, distance 1) index over coarse keys for typo candidates, joined split-label forms, and an
 * Aho-Corasick automaton over distinctive tokens for combosquatting. All stay fast with 100k labels.
 * Each label is indexed under two skeletons: with and without digraph folds (rn/m, cl/d), see skeleton.ts.
 */
import { parseDomain, PSL_ICANN_HOST } from '../../net/registrable.js';
import type { Entity } from '../../reference/brands/entity.js';
import { isUrlShortener } from '../../reference/hosting/index.js';
import { TokenAutomaton } from './aho-corasick.js';
import { coarseKey, skeleton, skeletonNoDigraphs } from '../../text/skeleton.js';
import { COMMON_WORDS, NON_DISTINCTIVE } from '../../reference/lookalike-words.js';

export interface ProtectedLabel {
  id: number;
  entity: Entity;
  /** ASCII label as owned, e.g. `kagoya`, or a token such as `yucho`. */
  label: string;
  skel: string;
  skel0: string;
  /** Coarse keys of skel and skel0. */
  coarse: string;
  coarse0: string;
  /** The owned domain this label comes from (or the entity's first domain for tokens). */
  domain: string;
  /** Public suffix of `domain` when the label is a registrable label; null for tokens. */
  suffix: string | null;
  /** Long and not a common word: may match as a substring of a longer label. */
  distinctive: boolean;
  /** A dictionary/romaji word (sakura, outlook): never matched by typo or TLD swap, only with a keyword. */
  common: boolean;
}

/** Labels shorter than this are only matched by exact skeleton or as a whole token (issue #5). */
export const MIN_FUZZY = 5;
const MIN_DISTINCTIVE = 6;
/** Guard on entity input size: one entity contributes at most this many domains and tokens. */
const MAX_PER_ENTITY = 200;

export interface ProtectedIndex {
  labels: ProtectedLabel[];
  bySkel: Map<string, ProtectedLabel>;
  /** coarse keys and their 1-deletions -> label ids. */
  deletes: Map<string, number | number[]>;
  /** keyHash of every key of `deletes`: a deletion whose hash is not here is not looked up (nor spelled out). */
  deleteHashes: Set<number>;
  /** label + suffix joined without dots (`amazoncojp`, `amazonco`) -> label. */
  joined: Map<string, ProtectedLabel>;
  automaton: TokenAutomaton;
}

export function deletions1(s: string, out: (k: string) => void): void {
  out(s);
  for (let i = 0; i < s.length; i++) out(s.slice(0, i) + s.slice(i + 1));
}

/**
 * Polynomial hash of a key (mod 2^32, cut to 30 bits so it stays a small integer). The hash of `s` with one character
 * deleted is computed from prefix and suffix hashes without making the string (visitDeletions).
 */
const HASH_BASE = 0x01000193;
const HASH_MASK = 0x3fffffff;
/** Keys longer than this are visited without the hash filter (DNS labels are at most 63 characters). */
const MAX_HASHED = 255;
const POW = new Int32Array(MAX_HASHED + 1);
POW[0] = 1;
for (let i = 1; i <= MAX_HASHED; i++) POW[i] = Math.imul(POW[i - 1]!, HASH_BASE);

function keyHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, HASH_BASE) + s.charCodeAt(i)) | 0;
  return h & HASH_MASK;
}

function addDelete(idx: ProtectedIndex, k: string, id: number): void {
  idx.deleteHashes.add(keyHash(k));
  const cur = idx.deletes.get(k);
  if (cur === undefined) idx.deletes.set(k, id);
  else if (typeof cur === 'number') {
    if (cur !== id) idx.deletes.set(k, [cur, id]);
  } else if (!cur.includes(id)) cur.push(id);
}

export function buildProtectedIndex(entities: readonly Entity[]): ProtectedIndex {
  const common = new Set(COMMON_WORDS);
  const plain = new Set(NON_DISTINCTIVE);
  const idx: ProtectedIndex = {
    labels: [],
    bySkel: new Map(),
    deletes: new Map(),
    deleteHashes: new Set(),
    joined: new Map(),
    automaton: new TokenAutomaton(),
  };
  const add = (entity: Entity, label: string, domain: string, suffix: string | null): void => {
    const skel = skeleton(label);
    const skel0 = skeletonNoDigraphs(label);
    if (skel.length < 2 || idx.bySkel.has(skel)) return;
    const isCommon = common.has(label);
    const rec: ProtectedLabel = {
      id: idx.labels.length,
      entity,
      label,
      skel,
      skel0,
      coarse: coarseKey(skel),
      coarse0: coarseKey(skel0),
      domain,
      suffix,
      common: isCommon,
      distinctive: skel.length >= MIN_DISTINCTIVE && !isCommon && !plain.has(label),
    };
    idx.labels.push(rec);
    idx.bySkel.set(skel, rec);
    if (!idx.bySkel.has(skel0)) idx.bySkel.set(skel0, rec);
    if (skel.length >= MIN_FUZZY && !isCommon) {
      deletions1(rec.coarse, (k) => addDelete(idx, k, rec.id));
      if (rec.coarse0 !== rec.coarse) deletions1(rec.coarse0, (k) => addDelete(idx, k, rec.id));
    }
    if (rec.distinctive) {
      idx.automaton.add(skel, rec.id);
      if (skel0 !== skel) idx.automaton.add(skel0, rec.id);
    }
    if (suffix && !isCommon) {
      const parts = suffix.split('.');
      for (const j of [skeleton(label + parts.join('')), skeleton(label + (parts[0] ?? ''))])
        if (!idx.joined.has(j)) idx.joined.set(j, rec);
    }
  };
  for (const entity of entities) {
    const domains = entity.domains.slice(0, MAX_PER_ENTITY);
    domains.forEach((raw, i) => {
      const d = raw.trim().toLowerCase().replace(/\.$/, '');
      const p = parseDomain(d, PSL_ICANN_HOST);
      // Only registrable domains give labels; whole hosts (jp-bank.japanpost.jp) only count for ownership.
      if (!p.domain || p.domain !== d || !p.domainWithoutSuffix || !p.publicSuffix) return;
      // Two-letter labels (fb.me, ig.me, wf.com) collide with everything: only an entity's primary domain (au.com).
      if (p.domainWithoutSuffix.length < 3 && i > 0) return;
      // Brand shorteners (goo.gl, youtu.be, aka.ms) give labels that are not the brand's name.
      if (isUrlShortener(d)) return;
      add(entity, p.domainWithoutSuffix, d, p.publicSuffix);
    });
    for (const t of (entity.tokens ?? []).slice(0, MAX_PER_ENTITY)) {
      const tok = t.trim().toLowerCase();
      if (/^[a-z0-9-]{3,63}$/.test(tok)) add(entity, tok, entity.domains[0] ?? tok, null);
    }
  }
  return idx;
}

/** Generation-stamped marks for de-duplicating candidates without allocating a Set per query. */
let marks = new Int32Array(0);
let generation = 0;

/**
 * Typo candidates: labels whose coarse key is within one deletion on either side (symmetric delete), with a
 * skeleton length within `maxLenDiff` of the query's.
 */
export function typoCandidates(idx: ProtectedIndex, k1: string, k0: string, len = -1, maxLenDiff = 2): ProtectedLabel[] {
  if (marks.length < idx.labels.length) marks = new Int32Array(idx.labels.length + 1024);
  generation = (generation + 1) | 0;
  if (generation === 0) {
    marks.fill(0);
    generation = 1;
  }
  const out: ProtectedLabel[] = [];
  // deletions1 spelled out with plain calls: no two closures made per looked-up label (measured on the corpus loop).
  visitDeletions(idx, k1, len, maxLenDiff, out);
  if (k0 !== k1) visitDeletions(idx, k0, len, maxLenDiff, out);
  return out;
}

/** Suffix hashes of the key being visited (reused: no array per call). */
const SUFFIX = new Int32Array(MAX_HASHED + 2);

/**
 * typoCandidates' visit of `s` and its 1-deletions, in deletions1's order. A deletion is spelled out and looked up
 * only when its hash is among the index's keys (most are not: the label is no brand's neighbour), measured ~2x faster.
 */
function visitDeletions(idx: ProtectedIndex, s: string, len: number, maxLenDiff: number, out: ProtectedLabel[]): void {
  visitKey(idx, s, len, maxLenDiff, out);
  const n = s.length;
  if (n > MAX_HASHED) {
    for (let i = 0; i < n; i++) visitKey(idx, s.slice(0, i) + s.slice(i + 1), len, maxLenDiff, out);
    return;
  }
  // SUFFIX[j]: the hash of s[j..n) with its characters weighted as in `s` minus one deleted character before them.
  SUFFIX[n] = 0;
  for (let j = n - 1; j >= 0; j--) SUFFIX[j] = (SUFFIX[j + 1]! + Math.imul(s.charCodeAt(j), POW[n - 1 - j]!)) | 0;
  let prefix = 0;
  for (let i = 0; i < n; i++) {
    // Hash of s without s[i]: prefix s[0..i) shifted past the n-1-i characters after it, plus the suffix s[i+1..n).
    const h = ((Math.imul(prefix, POW[n - 1 - i]!) + SUFFIX[i + 1]!) | 0) & HASH_MASK;
    if (idx.deleteHashes.has(h)) visitKey(idx, s.slice(0, i) + s.slice(i + 1), len, maxLenDiff, out);
    prefix = (Math.imul(prefix, HASH_BASE) + s.charCodeAt(i)) | 0;
  }
}

function visitKey(idx: ProtectedIndex, k: string, len: number, maxLenDiff: number, out: ProtectedLabel[]): void {
  const v = idx.deletes.get(k);
  if (v === undefined) return;
  if (typeof v === 'number') take(idx, v, len, maxLenDiff, out);
  else for (let i = 0; i < v.length; i++) take(idx, v[i] as number, len, maxLenDiff, out);
}

function take(idx: ProtectedIndex, id: number, len: number, maxLenDiff: number, out: ProtectedLabel[]): void {
  if (marks[id] === generation) return;
  marks[id] = generation;
  const rec = idx.labels[id];
  if (rec && (len < 0 || Math.abs(rec.skel.length - len) <= maxLenDiff)) out.push(rec);
}
