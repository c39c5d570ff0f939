#!/usr/bin/env node
// Generates src/core/reference/generated/org-catalog.ts from data/orgs/nsi-orgs.tsv (the committed extract of the
// OpenStreetMap name-suggestion-index with Wikidata official websites) and data/orgs/curated-orgs.tsv (a small table
// curated by hand from the organisations' own websites; see data/orgs/README.md). Rows are validated
// (kind, country codes, lower-case domain names, names without tabs or bars); a malformed row fails the generator.
// `--check` regenerates in memory and exits 1 on drift.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot, emit } from './gen-lib.mjs';
import { entityOwningDomain } from '../src/core/reference/brands/index.ts';
import { parseOrgRows } from '../src/core/reference/orgs/org-rows.ts';
import { buildNameRows } from '../src/core/reference/orgs/name-forms.ts';

const SRC = 'data/orgs/nsi-orgs.tsv';
/** Curated rows carry a 7th column, the official website the row was taken from (checked, not shipped). */
const CURATED = 'data/orgs/curated-orgs.tsv';
const KINDS = new Set(['bank', 'finance', 'insurance', 'carrier', 'telecom', 'shop', 'government', 'crypto', 'service']);
const DOMAIN = /^(?=.{2,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const ID = /^(Q\d+|nsi:[a-z0-9-]+|cur:[a-z0-9-]+)$/;

const rows = [];
const bad = [];
const ids = new Set();
const lines = (file) =>
  readFileSync(resolve(repoRoot, file), 'utf8')
    .split('\n')
    .map((line) => ({ file, line }));
for (const { file, line } of [...lines(SRC), ...lines(CURATED)]) {
  if (!line || line.startsWith('#')) continue;
  const curated = file === CURATED;
  const cols = line.split('\t');
  const site = curated ? cols.splice(6, 1)[0] : undefined;
  const [id, kind, countries, domains, names, common, extra] = cols;
  const ds = (domains ?? '').split(',');
  const ns = (names ?? '')
    .split(' | ')
    .map((n) => n.trim())
    .filter(Boolean);
  const cs = (common ?? '')
    .split(' | ')
    .map((n) => n.trim())
    .filter(Boolean);
  const ok =
    extra === undefined &&
    ID.test(id) &&
    !ids.has(id) &&
    id.startsWith('cur:') === curated &&
    (!curated || /^https:\/\/[a-z0-9.-]+\//.test(site ?? '')) &&
    KINDS.has(kind) &&
    /^[a-z0-9]{2,3}(,[a-z0-9]{2,3})*$/.test(countries ?? '') &&
    ds.length > 0 &&
    ds.every((d) => DOMAIN.test(d)) &&
    ns.length > 0 &&
    ns.every((n) => !/[\t|\\]/.test(n) && n.length <= 60 && n === n.normalize('NFKC')) &&
    cs.every((n) => ns.includes(n));
  if (!ok) {
    bad.push(`${file}: ${line.slice(0, 80)}`);
    continue;
  }
  ids.add(id);
  // Organisations with a domain of the curated brand pack are marked: the pack's rules speak for them.
  const pack = ds.some((d) => entityOwningDomain(d) !== null) ? 'pack' : '';
  rows.push([id, kind, countries, ds.join(','), ns.join('|'), cs.join('|'), pack].join('\t'));
}
if (bad.length) {
  process.stderr.write(`${bad.length} malformed row(s), e.g. ${bad[0]}\n`);
  process.exit(1);
}
const out = [
  '// Auto-generated. Do not edit. Regenerate with `node scripts/gen-orgs.mjs` (check: --check).',
  '// Source: data/orgs/nsi-orgs.tsv, extracted from the OpenStreetMap name-suggestion-index',
  '// (https://github.com/osmlab/name-suggestion-index @ 4569eba09b68 (2021-09-01) and @ c8b272ef0f88 (2026-08-22)),',
  '// licence BSD-3-Clause (data/orgs/LICENSE-nsi.md; Copyright 2021-2026 name-suggestion-index contributors), with the',
  '// owned domains taken from Wikidata "official website" (P856) statements, CC0 1.0; and data/orgs/curated-orgs.tsv',
  "// (ids `cur:`), curated by hand by the Sender Lens team from the organisations' own websites, project licence.",
  '// Generated 2026-12-03.',
  '// One organisation per line: wikidata-id TAB kind TAB countries TAB owned domains (comma-separated) TAB names (|)',
  '// TAB names that are ordinary words (Debian word lists, see data/orgs/README.md) (|) TAB `pack` when an owned domain',
  '// belongs to the curated brand pack (src/core/reference/brands). NAME_ROWS: the names precomputed for matching',
  '// (src/core/reference/orgs/name-forms.ts buildNameRows): name, d|c, common, Japanese, compact, first word, org indexes.',
  `export const ORG_ROWS = ${JSON.stringify(rows.join('\n'))};`,
  `export const NAME_ROWS = ${JSON.stringify(buildNameRows(parseOrgRows(rows.join('\n'))))};`,
  `export const ORG_COUNT = ${rows.length};`,
  '',
];
emit([['src/core/reference/generated/org-catalog.ts', out.join('\n')]]);
