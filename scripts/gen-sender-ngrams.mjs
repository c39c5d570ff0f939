#!/usr/bin/env node
// Generates src/core/reference/generated/sender-ngrams.ts: character trigram counts of the From local parts, display
// names and subjects of the legitimate (ham) mail of shared/corpus/train, for the machine-made-sender test
// (src/core/rules/machine-made). The ham has no licence, so only aggregate counts are shipped (trigrams seen at least
// MIN_COUNT times), never text. `--check` regenerates in memory and exits 1 on drift.
import { emit } from './gen-lib.mjs';
import { manifest, senderTokens, fitTable, poolOf, MIN_COUNT } from './sender-ngrams-fit.mjs';

const rows = manifest('train').filter((r) => r.label === 'ham');
const sets = [];
for (const r of rows) sets.push(await senderTokens(r.path));
const table = fitTable(sets);
const pools = [...new Set(rows.map(poolOf))].sort();
const out = [
  '// Auto-generated. Do not edit. Regenerate with `node --import tsx scripts/gen-sender-ngrams.mjs` (check: --check).',
  `// Source: the ${rows.length} legitimate messages of the project's training corpus (shared/corpus/train, MANIFEST.tsv`,
  `// label ham; pools ${pools.join(', ')}): character trigrams (a-z, digits as 0, ^ $ word boundaries) of the`,
  '// From local part (before any +tag), the From display name and the subject, split as rules/machine-made/sender-tokens.ts.',
  `// Only aggregate counts of trigrams seen at least ${MIN_COUNT} times are shipped, no text (the corpus mail has no licence).`,
  '// Format: "trigram count" pairs separated by spaces, sorted.',
  `export const SENDER_TRIGRAMS = ${JSON.stringify(table)};`,
  '',
];
emit([['src/core/reference/generated/sender-ngrams.ts', out.join('\n')]]);
