#!/usr/bin/env node
// Builds data/orgs/nsi-orgs.tsv (committed) from a copy of the OpenStreetMap name-suggestion-index (NSI) data:
// organisations people are phished with (banks, post and parcel carriers, money transfer, telecoms, insurers, large
// shops, national government agencies) with the domain of their Wikidata "official website" (P856).
//
// Not run by `npm run gen` (the raw NSI files are ~5 MB and live outside the repository); run it by hand:
//   node --import tsx scripts/extract-nsi-orgs.mjs DIR
// where DIR holds the two NSI copies described in data/orgs/README.md (nsi-4569eba/, nsi-c8b272e/).
// The generator scripts/gen-orgs.mjs turns the TSV into src/core/reference/generated/org-catalog.ts.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { registrableDomain } from '../src/core/net/registrable.ts';
import { isSharedHost, isFreeMailProvider } from '../src/core/reference/hosting/index.ts';
import { repoRoot } from './gen-lib.mjs';

const dir = process.argv[2];
if (!dir || !existsSync(resolve(dir, 'nsi-4569eba'))) {
  process.stderr.write('usage: node --import tsx scripts/extract-nsi-orgs.mjs DIR (see data/orgs/README.md)\n');
  process.exit(3);
}
const OLD = resolve(dir, 'nsi-4569eba');
const NEW = resolve(dir, 'nsi-c8b272e');

/** NSI category file -> kind shown in the catalogue. */
const CATEGORIES = [
  ['brands/amenity/bank', 'bank'],
  ['brands/amenity/bureau_de_change', 'finance'],
  ['brands/amenity/money_transfer', 'finance'],
  ['brands/amenity/payment_centre', 'finance'],
  ['brands/office/financial', 'finance'],
  ['brands/office/insurance', 'insurance'],
  ['operators/amenity/post_office', 'carrier'],
  ['operators/amenity/post_depot', 'carrier'],
  ['brands/office/telecommunication', 'telecom'],
  ['brands/shop/mobile_phone', 'telecom'],
  ['brands/shop/telecommunication', 'telecom'],
  ['brands/shop/department_store', 'shop'],
  ['brands/shop/electronics', 'shop'],
  ['brands/shop/computer', 'shop'],
  ['brands/shop/supermarket', 'shop'],
  ['brands/shop/variety_store', 'shop'],
  ['brands/shop/wholesale', 'shop'],
  // Chains whose names carry "survey", "reward" and "gift card" lures.
  ['brands/amenity/pharmacy', 'shop'],
  ['brands/shop/chemist', 'shop'],
  ['brands/shop/cosmetics', 'shop'],
  ['brands/shop/perfumery', 'shop'],
  ['brands/shop/doityourself', 'shop'],
  ['brands/shop/hardware', 'shop'],
  ['brands/shop/furniture', 'shop'],
  ['brands/shop/car_parts', 'shop'],
  ['brands/shop/sports', 'shop'],
  ['brands/amenity/car_rental', 'shop'],
  ['brands/amenity/fuel', 'shop'],
  ['brands/amenity/fast_food', 'shop'],
  // Brokers and tax preparers (Charles Schwab, Fidelity, H&R Block): only in the 2026 snapshot's categories.
  ['brands/office/financial_advisor', 'finance'],
  ['brands/office/tax_advisor', 'finance'],
];

/**
 * National agencies (NSI office=government operators) own their country's government namespace; only countries whose
 * national agencies publish under it are taken (France's caf.fr, ameli.fr, urssaf.fr are not under gouv.fr, so
 * France is left out). Source of the namespaces: the Public Suffix List's ICANN section and each government's
 * registry policy (.gov: CISA; gov.br: NIC.br; go.jp/lg.jp: JPRS; gov.uk: GDS; gob.ar: NIC Argentina; gov.ph; gov.au; gc.ca).
 */
const GOV_NAMESPACES = {
  us: ['gov', 'mil'],
  br: ['gov.br', 'jus.br', 'mp.br', 'leg.br'],
  jp: ['go.jp', 'lg.jp'],
  gb: ['gov.uk'],
  ar: ['gob.ar', 'gov.ar'],
  ph: ['gov.ph'],
  au: ['gov.au'],
  ca: ['gc.ca', 'canada.ca'],
};

const LATIN_OR_JA = /^[\p{Script=Latin}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{N}\p{P}\p{Zs}\p{S}ー]+$/u;
const NAME_TAGS = /^(brand|name|operator)(:(en|ja|pt|de|fr|es|it|nl|short))?$/;

function clean(name) {
  const n = String(name).normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (n.length < 2 || n.length > 60 || !LATIN_OR_JA.test(n) || !/[\p{L}]/u.test(n) || /[\t|]/.test(n)) return null;
  return n;
}

function websiteDomain(url) {
  let host;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (isSharedHost(host)) return null;
  const reg = registrableDomain(host);
  if (!reg || isFreeMailProvider(reg) || isSharedHost(reg)) return null;
  return reg;
}

function countries(item) {
  const inc = item.locationSet?.include ?? [];
  const out = new Set();
  for (const c of inc) {
    const m = /^([a-z]{2})(?:[-.]|$)/.exec(String(c).toLowerCase());
    out.add(m ? m[1] : '001');
  }
  return [...out].sort();
}

/**
 * Ordinary words: a one-word name that is a lower-case entry of a Debian word list (wamerican, wngerman, wbrazilian,
 * wfrench, wspanish, witalian, wdutch; install them before extracting) is marked common (`Target`, `Personal`,
 * `Progressive`): the rules then need context for it and never look for it in host names.
 */
const DICTS = ['american-english', 'ngerman', 'brazilian', 'french', 'spanish', 'italian', 'dutch'].map((f) => `/usr/share/dict/${f}`);
const dictWords = new Set();
for (const f of DICTS) {
  if (!existsSync(f)) {
    process.stderr.write(`missing word list ${f} (apt-get install wamerican wngerman wbrazilian wfrench wspanish witalian wdutch)\n`);
    process.exit(3);
  }
  for (const w of readFileSync(f, 'utf8').split('\n')) if (w && w === w.toLowerCase()) dictWords.add(w.normalize('NFKC'));
}
const isCommonWord = (name) => !/\s/.test(name) && dictWords.has(name.toLowerCase());

const wikidata = JSON.parse(readFileSync(resolve(OLD, 'dist/wikidata.json'), 'utf8')).wikidata;
/** qid -> { kind, countries:Set, domains:Set, names:Set } */
const orgs = new Map();
let dropped = 0;

function add(qid, kind, item, domains) {
  let o = orgs.get(qid);
  if (!o) orgs.set(qid, (o = { kind, countries: new Set(), domains: new Set(), names: new Set() }));
  for (const c of countries(item)) o.countries.add(c);
  for (const d of domains) o.domains.add(d);
  const label = qid.startsWith('Q') ? wikidata[qid]?.label : null;
  for (const [k, v] of Object.entries(item.tags))
    if (NAME_TAGS.test(k)) {
      const n = clean(v);
      if (n) o.names.add(n);
    }
  if (label) {
    const n = clean(label);
    if (n) o.names.add(n);
  }
}

/** Items of a category in one snapshot (a category may be missing from one of them). */
function itemsOf(root, cat) {
  const file = resolve(root, 'data', `${cat}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).items.filter((i) => i && i.tags) : [];
}

// Both snapshots: the 2021 one, whose Wikidata copy has the websites, and the 2026 one, which lists more names of the
// same organisations (name:ja, brand:en...) and categories added since. An organisation first listed after 2021 has
// no website in the 2021 Wikidata copy and is dropped (no owned domain to compare with).
for (const [cat, kind] of CATEGORIES) {
  for (const item of [...itemsOf(OLD, cat), ...itemsOf(NEW, cat)]) {
    const qid = item.tags['brand:wikidata'] ?? item.tags['operator:wikidata'];
    const site = qid ? wikidata[qid]?.identities?.website : null;
    if (wikidata[qid]?.dissolutions?.length) {
      dropped++;
      continue;
    }
    const dom = site ? websiteDomain(site) : null;
    if (!dom) {
      dropped++;
      continue;
    }
    add(qid, kind, item, [dom]);
  }
}

let gov = 0;
for (const item of JSON.parse(readFileSync(resolve(NEW, 'data/operators/office/government.json'), 'utf8')).items) {
  const cs = countries(item);
  if (cs.length !== 1 || !GOV_NAMESPACES[cs[0]]) continue;
  const qid = item.tags['operator:wikidata'] ?? `nsi:${item.id}`;
  const site = wikidata[qid]?.identities?.website;
  const dom = site ? websiteDomain(site) : null;
  add(qid, 'government', item, [...GOV_NAMESPACES[cs[0]], ...(dom ? [dom] : [])]);
  gov++;
}

const rows = [...orgs.entries()]
  .filter(([, o]) => o.names.size && o.domains.size)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([qid, o]) =>
    [
      qid,
      o.kind,
      [...o.countries].sort().join(','),
      [...o.domains].sort().join(','),
      [...o.names].sort().join(' | '),
      [...o.names].filter(isCommonWord).sort().join(' | '),
    ].join('\t'),
  );
const header = [
  '# Organisations people are phished with, and the domains they own. Extracted by scripts/extract-nsi-orgs.mjs from',
  '# osmlab/name-suggestion-index (NSI, BSD-3-Clause, see LICENSE-nsi.md): names from NSI data/brands|operators at',
  '# 4569eba09b68c98995323111e15f495e60c71811 (2021-09-01) and at c8b272ef0f882ee76c5ac8bd2912d5db4d63cf30 (2026-08-22,',
  '# same categories plus data/operators/office/government.json); owned domain = registrable domain of the Wikidata',
  '# "official website" (P856, CC0) in NSI dist/wikidata.json @ 4569eba; national agencies own their government namespace.',
  '# Names that are ordinary words (lower-case entries of the Debian word lists wamerican, wngerman, wbrazilian, wfrench,',
  '# wspanish, witalian, wdutch) are repeated in the last column.',
  '# columns: wikidata-id	kind	countries	domains	names	common-word names',
];
writeFileSync(resolve(repoRoot, 'data/orgs/nsi-orgs.tsv'), `${header.join('\n')}\n${rows.join('\n')}\n`);
process.stdout.write(
  `wrote data/orgs/nsi-orgs.tsv: ${rows.length} organisations (${gov} government operators; ${dropped} items without a usable website dropped)\n`,
);
