/** Shared measurement code for the lookalike recall/false-positive test and scripts/bench/lookalike.ts. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'tldts';
import { entityOwningDomain } from '../../../../src/core/reference/brands/index.js';
import type { LookalikeEngine } from '../../../../src/core/rules/lookalike/index.js';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The repository root (the bundled benchmark runs from elsewhere: fall back to the working directory). */
export const repoRoot = existsSync(resolve(here, 'tests', 'fixtures')) ? here : process.cwd();

export function sharedDir(): string | null {
  for (const c of [process.env.SENDER_LENS_SHARED, resolve(repoRoot, '..', 'shared'), '/work/shared']) {
    if (c && existsSync(resolve(c, 'lookalike'))) return c;
  }
  return null;
}

export interface FuzzerRecall {
  fuzzer: string;
  total: number;
  hit: number;
  owned: number;
  misses: string[];
}

/** Recall on dnstwist lookalikes.tsv, per fuzzer; rows the brand itself owns (amazon.de) are counted apart. */
export function dnstwistRecall(engine: LookalikeEngine, tsv: string, minBrandLen: number): Map<string, FuzzerRecall> {
  const out = new Map<string, FuzzerRecall>();
  for (const line of tsv.split('\n').slice(1)) {
    const [brand, fuzzer, ascii] = line.split('\t');
    if (!brand || !fuzzer || !ascii || fuzzer === '*original') continue;
    const label = parse(brand).domainWithoutSuffix ?? brand;
    if (label.length < minBrandLen) continue;
    const owner = entityOwningDomain(brand);
    const r = out.get(fuzzer) ?? { fuzzer, total: 0, hit: 0, owned: 0, misses: [] };
    out.set(fuzzer, r);
    if (entityOwningDomain(ascii) === owner && owner) {
      r.owned++;
      continue;
    }
    r.total++;
    const m = engine.match(ascii);
    if (m && m.entityId === owner?.id) r.hit++;
    else if (r.misses.length < 20) r.misses.push(`${ascii}${m ? ` (matched ${m.entityId})` : ''}`);
  }
  return out;
}

export function totals(rs: Iterable<FuzzerRecall>): { total: number; hit: number } {
  let total = 0;
  let hit = 0;
  for (const r of rs) {
    total += r.total;
    hit += r.hit;
  }
  return { total, hit };
}

export function benignDomains(): string[] {
  const dir = resolve(repoRoot, 'tests', 'fixtures', 'benign-domains');
  const all = new Set<string>();
  for (const f of ['ham.txt', 'well-known.txt', 'brand-alternates.txt']) {
    for (const l of readFileSync(resolve(dir, f), 'utf8').split('\n')) if (l && !l.startsWith('#')) all.add(l.trim());
  }
  return [...all];
}
