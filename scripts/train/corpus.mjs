// The labelled corpus for training and evaluation: ../shared/corpus/{dev,train} with their MANIFEST.tsv files.
// Labels, pools and languages come only from the manifests; nothing here feeds detection.
import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { sharedDir } from '../gen-lib.mjs';

/**
 * Cross-validation source of a manifest pool. Every `list:*` pool (public list archives) is one source "list", and the
 * TOMOYO user lists join it (they are list archives too); dev's `easy_ham` and train's `sa_easy_ham` are the same
 * SpamAssassin easy_ham corpus. Every other pool is its own source.
 */
export function sourceOf(pool) {
  if (pool.startsWith('list:') || pool.startsWith('tomoyo_')) return 'list';
  if (pool === 'easy_ham') return 'sa_easy_ham';
  return pool;
}

function readManifest(path, prefix) {
  const text = readFileSync(path, 'utf8');
  const [head, ...rows] = text
    .trim()
    .split('\n')
    .map((l) => l.split('\t'));
  return {
    sha256: createHash('sha256').update(text).digest('hex'),
    items: rows
      .map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])))
      .map((m) => ({
        path: join(prefix, m.file),
        file: m.file,
        split: m.split,
        label: m.label === 'phish' ? 1 : 0,
        pool: m.pool,
        source: sourceOf(m.pool),
        lang: m.lang || '?',
        year: Number(m.year) || 0,
      })),
  };
}

/** Both manifests, items sorted by path (deterministic order), and the manifests' sha256 (the model's data version). */
export function loadCorpus(dir = join(sharedDir(), 'corpus')) {
  const parts = [
    ['MANIFEST.tsv', dir],
    [join('train', 'MANIFEST.tsv'), join(dir, 'train')],
  ];
  const out = { items: [], manifests: [] };
  for (const [rel, prefix] of parts) {
    const p = join(dir, rel);
    if (!existsSync(p)) throw new Error(`corpus manifest missing: ${p}`);
    const m = readManifest(p, prefix);
    out.items.push(...m.items);
    out.manifests.push({ file: `corpus/${rel}`, sha256: m.sha256 });
  }
  out.items.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return out;
}
