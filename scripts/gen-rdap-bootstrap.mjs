#!/usr/bin/env node
// Generates src/core/reference/generated/rdap-bootstrap.ts from the IANA RDAP bootstrap file for DNS (RFC 9224) kept
// in scripts/sources/iana-rdap-dns.json (source and date: scripts/sources/iana-rdap-dns.md). `--fetch` first downloads
// the current file from IANA (network); `--check` regenerates in memory and exits 1 on drift.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot, emit } from './gen-lib.mjs';

const SOURCE_URL = 'https://data.iana.org/rdap/dns.json';
const RAW = resolve(repoRoot, 'scripts/sources/iana-rdap-dns.json');

if (process.argv.includes('--fetch')) {
  const res = await fetch(SOURCE_URL, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${SOURCE_URL}: HTTP ${res.status}`);
  writeFileSync(RAW, await res.text());
  process.stdout.write(`fetched ${SOURCE_URL}; update scripts/sources/iana-rdap-dns.md (date, source)\n`);
}

const rawText = readFileSync(RAW, 'utf8');
const raw = JSON.parse(rawText);
if (!Array.isArray(raw.services)) throw new Error('iana-rdap-dns.json: no services array');
const LABEL = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;
const rows = [];
let dropped = 0;
for (const [entries, urls] of raw.services) {
  const tlds = entries.map((e) => String(e).toLowerCase()).filter((e) => LABEL.test(e));
  // Only https servers are ever asked (RFC 9224 3 prefers https; Sender Lens requires it).
  const https = urls.map(String).filter((u) => u.startsWith('https://') && URL.canParse(u));
  if (tlds.length === 0 || https.length === 0) {
    dropped += tlds.length;
    continue;
  }
  rows.push([tlds.sort().join(' '), https.join(' ')]);
}
rows.sort((a, b) => (a[0] < b[0] ? -1 : 1));
if (dropped) process.stderr.write(`iana-rdap-dns.json: ${dropped} TLD(s) without an https server left out\n`);
const sha = createHash('sha256').update(rawText).digest('hex');
const text = [
  '// Auto-generated. Do not edit. Regenerate with `npm run gen` (scripts/gen-rdap-bootstrap.mjs; check: --check).',
  `// Source: IANA RDAP bootstrap registry for DNS (RFC 9224), ${SOURCE_URL}, publication ${raw.publication}.`,
  `// Copy: scripts/sources/iana-rdap-dns.json (sha256 ${sha}); where it came from: scripts/sources/iana-rdap-dns.md.`,
  '// IANA registry data, published for unrestricted use. Each row: space-separated TLDs, space-separated https base URLs.',
  `export const IANA_RDAP_PUBLICATION = ${JSON.stringify(String(raw.publication))};`,
  'export const IANA_RDAP_ROWS: ReadonlyArray<readonly [string, string]> = [',
  ...rows.map(([t, u]) => `  [${JSON.stringify(t)}, ${JSON.stringify(u)}],`),
  '];',
  '',
].join('\n');
emit([['src/core/reference/generated/rdap-bootstrap.ts', text]]);
