#!/usr/bin/env node
// Generates src/core/reference/generated/{confusables,unicode-scripts}.ts from the Unicode 17 security data in
// shared/lookalike/unicode (confusables.txt, IdentifierStatus.txt, Scripts.txt). `--check` regenerates in memory and
// exits 1 when the committed files differ.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sharedDir, emit } from './gen-lib.mjs';

const dir = resolve(sharedDir(), 'lookalike', 'unicode');
const read = (f) => readFileSync(resolve(dir, f), 'utf8');
const version = (text) => /Version:\s*([\d.]+)/.exec(text)?.[1] ?? 'unknown';

const LICENCE = [
  '// Licence: Unicode License v3. Copyright © 1991-2025 Unicode, Inc. Permission is hereby granted, free of charge,',
  '// to any person obtaining a copy of data files and associated documentation, to deal in the data files without',
  '// restriction, provided that this copyright and permission notice appear with all copies or substantial portions.',
  '// Full terms: https://www.unicode.org/terms_of_use.html and https://www.unicode.org/license.txt',
];
const hex = (cp) => cp.toString(16);
const isMark = (ch) => /\p{M}/u.test(ch);

// ---- loose skeleton table (UTS #39 section 4 skeleton, loosened for hostnames: lower-case, marks stripped) ----
const confText = read('confusables.txt');
const raw = new Map();
// Prototypes that are Latin small capitals (ɢ, ʀ, ᴋ) read as their letter in a hostname; taken from the target
// character names in confusables.txt comments. Plus one hand-kept entry: kra (ĸ), the prototype of Cyrillic к.
const smallCaps = new Map([['\u0138', 'k']]);
for (const line of confText.split('\n')) {
  const body = line.replace(/#.*/, '').trim();
  if (!body) continue;
  const [src, dst] = body.split(';').map((s) => s.trim());
  if (!src || !dst || src.includes(' ')) continue;
  const target = dst
    .split(/\s+/)
    .map((h) => String.fromCodePoint(parseInt(h, 16)))
    .join('');
  raw.set(String.fromCodePoint(parseInt(src, 16)), target);
  const cap = /→ LATIN LETTER SMALL CAPITAL ([A-Z])\s*#/.exec(line);
  if (cap && [...target].length === 1) smallCaps.set(target, cap[1].toLowerCase());
}
function loosen(s, depth = 0) {
  let out = '';
  for (const ch of s.normalize('NFD')) {
    if (isMark(ch)) continue;
    const m = depth < 4 && (raw.get(ch) ?? raw.get(ch.toLowerCase()));
    const mapped = m && m !== ch ? loosen(m, depth + 1) : ch.toLowerCase();
    out += smallCaps.get(mapped) ?? mapped;
  }
  return out.normalize('NFD').replace(/\p{M}/gu, '');
}
const entries = [];
for (const ch of raw.keys()) {
  if (ch.charCodeAt(0) < 0x80) continue; // ASCII is folded explicitly in skeleton.ts
  const t = loosen(ch);
  if (/^[a-z0-9-]{1,3}$/.test(t) && t !== ch) entries.push([ch.codePointAt(0), t]);
}
for (const [ch, t] of smallCaps) if (!raw.has(ch)) entries.push([ch.codePointAt(0), t]);
// Latin letters with diacritics that confusables.txt leaves alone are handled at run time by NFD + mark stripping.
entries.sort((a, b) => a[0] - b[0]);
const confTs = [
  '// Auto-generated. Do not edit. Regenerate with `node scripts/gen-confusables.mjs` (check: --check).',
  `// Source: Unicode confusables.txt ${version(confText)} (UTS #39 security data), entries whose loose skeleton`,
  '// (NFD, marks removed, lower-cased, mapped to a fixpoint) is 1-3 ASCII letters, digits or hyphens; Latin small',
  '// capital prototypes (per their names in confusables.txt) and kra (U+0138, prototype of Cyrillic ka) read as letters.',
  ...LICENCE,
  '/** `hex(code point)=skeleton` pairs joined by `;`. */',
  `export const CONFUSABLES_VERSION = '${version(confText)}';`,
  `export const CONFUSABLE_PAIRS =\n  '${entries.map(([cp, t]) => `${hex(cp)}=${t}`).join(';')}';`,
  '',
].join('\n');

// ---- scripts and identifier status ----
function ranges(text, pick) {
  const out = [];
  for (const line of text.split('\n')) {
    const body = line.replace(/#.*/, '').trim();
    if (!body) continue;
    const [r, v] = body.split(';').map((s) => s.trim());
    const val = pick(v);
    if (val === null) continue;
    const [a, b] = r.split('..').map((h) => parseInt(h, 16));
    out.push([a, b ?? a, val]);
  }
  out.sort((x, y) => x[0] - y[0]);
  const merged = [];
  for (const e of out) {
    const last = merged[merged.length - 1];
    if (last && last[2] === e[2] && last[1] + 1 === e[0]) last[1] = e[1];
    else merged.push([...e]);
  }
  return merged;
}
const scriptsText = read('Scripts.txt');
const names = [];
const scriptRanges = ranges(scriptsText, (v) => {
  if (!names.includes(v)) names.push(v);
  return names.indexOf(v);
});
const idText = read('IdentifierStatus.txt');
const allowed = ranges(idText, (v) => (v === 'Allowed' ? 1 : null));
const pack = (rs, withVal) =>
  rs.map(([a, b, v]) => `${hex(a)}${b !== a ? '-' + hex(b) : ''}${withVal ? ':' + v.toString(36) : ''}`).join(',');
const scriptsTs = [
  '// Auto-generated. Do not edit. Regenerate with `node scripts/gen-confusables.mjs` (check: --check).',
  `// Sources: Unicode Scripts.txt ${version(scriptsText)} (UCD) and IdentifierStatus.txt ${version(idText)} (UTS #39).`,
  ...LICENCE,
  `export const SCRIPT_NAMES: readonly string[] = ${JSON.stringify(names)};`,
  '/** `start[-end]:scriptIndex(base36)` in hex, sorted; unlisted code points are Unknown. */',
  `export const SCRIPT_RANGES =\n  '${pack(scriptRanges, true)}';`,
  '/** Code points with Identifier_Status=Allowed, `start[-end]` in hex, sorted. */',
  `export const ALLOWED_RANGES =\n  '${pack(allowed, false)}';`,
  '',
].join('\n');

emit([
  ['src/core/reference/generated/confusables.ts', confTs],
  ['src/core/reference/generated/unicode-scripts.ts', scriptsTs],
]);
