/**
 * Campaign grouping: "who else got this?". Two messages are joined when they share
 *  - a link target (host + path, tracking tokens and query removed: link-key.ts),
 *  - the sender on the same infrastructure (origin IP + From address),
 *  - From domain + subject (normalised without the recipient's name and digits: features.ts),
 *  - a near-identical body (MinHash over word shingles, candidates from LSH bands, kept when the estimated
 *    Jaccard similarity is at least BODY_SIMILARITY),
 * and groups are the connected components (union-find). Only groups of two or more messages are campaigns.
 */
import type { CampaignFeatures } from './types.js';
import { bandKeys, similarity } from './minhash.js';

export const BODY_SIMILARITY = 0.7;
/**
 * A link shared by messages from more than this many different From domains (and by more than half of them) is
 * boilerplate (a list footer, a project's commit links), not one sender's campaign: it joins nothing.
 */
const MAX_LINK_SENDERS = 3;

export type JoinReason = 'link' | 'infrastructure' | 'sender-subject' | 'body';

class UnionFind {
  private parent: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return true;
  }
}

export interface Campaign {
  /** `c1`, `c2`... numbered largest first. */
  id: string;
  members: number[];
  reasons: JoinReason[];
}

/** Groups messages by their features; returns the campaigns and, per message index, its campaign id or null. */
export function groupCampaigns(features: readonly CampaignFeatures[]): { campaigns: Campaign[]; campaignOf: (string | null)[] } {
  const uf = new UnionFind(features.length);
  const reasonEdges: { a: number; b: number; why: JoinReason }[] = [];
  const byKey = new Map<string, number>();
  const join = (key: string, i: number, why: JoinReason): void => {
    const first = byKey.get(key);
    if (first === undefined) {
      byKey.set(key, i);
      return;
    }
    uf.union(first, i);
    reasonEdges.push({ a: first, b: i, why });
  };
  const linkSenders = new Map<string, { n: number; senders: Set<string | null> }>();
  for (const f of features) {
    for (const l of f.links) {
      const e = linkSenders.get(l) ?? { n: 0, senders: new Set() };
      e.n++;
      e.senders.add(f.sender);
      linkSenders.set(l, e);
    }
  }
  const boilerplate = (l: string): boolean => {
    const e = linkSenders.get(l)!;
    return e.senders.size > MAX_LINK_SENDERS && e.senders.size * 2 > e.n;
  };
  features.forEach((f, i) => {
    for (const l of f.links) if (!boilerplate(l)) join(`l:${l}`, i, 'link');
    if (f.infra) join(`i:${f.infra}`, i, 'infrastructure');
    if (f.senderSubject) join(`s:${f.senderSubject}`, i, 'sender-subject');
  });
  // LSH: only messages that share a band are compared; a pair is joined on its estimated similarity.
  const bands = new Map<string, number[]>();
  features.forEach((f, i) => {
    if (!f.minhash) return;
    for (const k of bandKeys(f.minhash)) {
      const list = bands.get(k);
      if (list) list.push(i);
      else bands.set(k, [i]);
    }
  });
  const compared = new Set<string>();
  for (const list of bands.values()) {
    for (let x = 1; x < list.length; x++) {
      // Compare with the first of the bucket and the previous member: enough for connectivity in a chain.
      for (const y of new Set([list[0]!, list[x - 1]!])) {
        const a = Math.min(list[x]!, y);
        const b = Math.max(list[x]!, y);
        const pair = `${a},${b}`;
        if (a === b || compared.has(pair)) continue;
        compared.add(pair);
        if (similarity(features[a]!.minhash!, features[b]!.minhash!) >= BODY_SIMILARITY) {
          uf.union(a, b);
          reasonEdges.push({ a, b, why: 'body' });
        }
      }
    }
  }
  const groups = new Map<number, number[]>();
  features.forEach((_, i) => {
    const r = uf.find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const reasonsOf = new Map<number, Set<JoinReason>>();
  for (const e of reasonEdges) {
    const r = uf.find(e.a);
    const set = reasonsOf.get(r) ?? new Set<JoinReason>();
    set.add(e.why);
    reasonsOf.set(r, set);
  }
  const multi = [...groups.entries()].filter(([, m]) => m.length > 1).sort((a, b) => b[1].length - a[1].length || a[1][0]! - b[1][0]!);
  const campaignOf: (string | null)[] = features.map(() => null);
  const campaigns = multi.map(([root, members], n) => {
    const id = `c${n + 1}`;
    for (const m of members) campaignOf[m] = id;
    return { id, members, reasons: [...(reasonsOf.get(root) ?? [])].sort() };
  });
  return { campaigns, campaignOf };
}
