// `npm run eval [-- --corpus DIR] [--json OUT]`: runs the built CLI in offline mode over the evaluation corpus
// (../shared/corpus by default) and prints detection and false-positive rates per category, per finding id,
// and the top false positives and misses with their reasons. Needs `npm run build` first.
// Labels come only from MANIFEST.tsv; nothing here feeds back into detection.
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const argv = process.argv.slice(2);
const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; };
const corpus = opt('--corpus', new URL('../../shared/corpus', import.meta.url).pathname);
const jsonOut = opt('--json', null);
if (!existsSync(join(corpus, 'MANIFEST.tsv'))) { console.error(`eval: no MANIFEST.tsv in ${corpus}`); process.exit(3); }
if (!existsSync('dist/cli/sender-lens.mjs')) { console.error('eval: run `npm run build` first'); process.exit(3); }

const [head, ...rows] = readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
const manifest = rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));

const t0 = Date.now();
const run = spawnSync('node', ['bin/sender-lens.mjs', 'analyze', '--json', '--offline', ...manifest.map((m) => join(corpus, m.file))], { maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
if (run.status === 3) { console.error(run.stderr); process.exit(1); }
const elapsed = Date.now() - t0;
const byFile = new Map();
for (const line of run.stdout.split('\n')) { if (line.trim()) { const j = JSON.parse(line); byFile.set(j.file, j); } }

const items = manifest.map((m) => ({ m, r: byFile.get(join(corpus, m.file)) })).filter((x) => x.r);
const flagged = (r) => r.verdict === 'danger' || r.verdict === 'caution';
const pctOf = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');

function table(title, groups) {
  console.log(`\n${title}`);
  console.log('  group                                n   flagged  danger  caution  unknown  ok');
  for (const [name, list] of groups) {
    const c = (v) => list.filter((x) => x.r.verdict === v).length;
    console.log(`  ${name.padEnd(34)} ${String(list.length).padStart(4)}  ${pctOf(list.filter((x) => flagged(x.r)).length, list.length).padStart(7)}  ${pctOf(c('danger'), list.length).padStart(6)}  ${pctOf(c('caution'), list.length).padStart(7)}  ${pctOf(c('unknown'), list.length).padStart(7)}  ${pctOf(c('ok'), list.length).padStart(5)}`);
  }
}
const group = (list, key) => { const g = new Map(); for (const x of list) { const k = key(x); if (!g.has(k)) g.set(k, []); g.get(k).push(x); } return [...g.entries()].sort(); };

const phish = items.filter((x) => x.m.label === 'phish');
const ham = items.filter((x) => x.m.label === 'ham');
const detection = phish.filter((x) => flagged(x.r)).length / (phish.length || 1);
const fpr = ham.filter((x) => flagged(x.r)).length / (ham.length || 1);
const ham2019 = ham.filter((x) => Number(x.m.year) >= 2019);
const phishJa = phish.filter((x) => x.m.lang === 'ja');

console.log(`Sender Lens evaluation (offline) on ${items.length} messages of ${corpus} in ${(elapsed / 1000).toFixed(1)} s`);
table('Overall', [['phishing (detection = danger or caution)', phish], ['phishing, Japanese', phishJa], ['legitimate (false positives)', ham], ['legitimate, year >= 2019', ham2019]]);
table('Phishing by pool', group(phish, (x) => x.m.pool));
table('Legitimate by pool', group(ham, (x) => x.m.pool.replace(/^list:.*/, 'list:*')));

const ids = new Map();
for (const x of items) for (const id of new Set(x.r.findings.filter((f) => f.severity !== 'info').map((f) => f.id))) {
  const e = ids.get(id) ?? { phish: 0, ham: 0 }; e[x.m.label]++; ids.set(id, e);
}
console.log('\nFindings above info (messages carrying each id)');
console.log('  id                                   phish   ham');
for (const [id, e] of [...ids.entries()].sort((a, b) => b[1].phish + b[1].ham - a[1].phish - a[1].ham)) {
  console.log(`  ${id.padEnd(36)} ${String(e.phish).padStart(5)} ${String(e.ham).padStart(5)}`);
}
const reasons = (r) => r.findings.filter((f) => f.severity !== 'info').slice(0, 4).map((f) => `${f.id}(${f.severity})`).join(', ');
console.log('\nTop false positives (legitimate mail flagged)');
for (const x of ham.filter((x) => flagged(x.r)).sort((a, b) => b.r.score - a.r.score).slice(0, 15)) console.log(`  ${x.m.file} ${x.r.verdict} ${x.r.score}: ${reasons(x.r)}`);
console.log('\nMisses (phishing not flagged)');
for (const x of phish.filter((x) => !flagged(x.r)).sort((a, b) => b.r.score - a.r.score).slice(0, 25)) console.log(`  ${x.m.file} [${x.m.pool} ${x.m.lang}] ${x.r.verdict} ${x.r.score}: ${reasons(x.r) || '(no finding)'}`);

console.log(`\nRESULT detection ${(100 * detection).toFixed(1)}% (target >= 95%), Japanese ${pctOf(phishJa.filter((x) => flagged(x.r)).length, phishJa.length)}; false positives ${(100 * fpr).toFixed(2)}% (target <= 1%), year >= 2019 ${pctOf(ham2019.filter((x) => flagged(x.r)).length, ham2019.length)}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ detection, fpr, n: items.length }, null, 2));
