// `npm run bench [-- name...]`: runs every benchmark in scripts/bench/ (or the named ones) one after another
// and prints their figures. Benchmarks, not unit tests, check performance goals.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const wanted = process.argv.slice(2);
const files = readdirSync(new URL('./bench/', import.meta.url))
  .filter((f) => /\.(mjs|ts)$/.test(f) && !f.startsWith('_') && !f.endsWith('.d.ts'))
  .filter((f) => !wanted.length || wanted.some((w) => f.startsWith(w)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n### bench ${f}`);
  const r = spawnSync('npx', ['tsx', `scripts/bench/${f}`], { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } });
  if (r.status !== 0) {
    failed++;
    console.log(`bench ${f} FAILED (exit ${r.status})`);
  }
}
process.exit(failed ? 1 : 0);
