// Runs every data generator (scripts/gen-*.mjs). With --check each regenerates in memory and diffs
// against the checked-in file, failing on drift (generated data is never hand-edited).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const check = process.argv.includes('--check');
const gens = readdirSync(new URL('.', import.meta.url))
  .filter((f) => /^gen-(?!data|lib).*\.mjs$/.test(f))
  .sort();
let failed = 0;
for (const g of gens) {
  // tsx lets generators import the TypeScript sources they derive data from (e.g. the brand pack).
  const r = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${g}`, ...(check ? ['--check'] : [])], { stdio: 'inherit' });
  console.log(`${r.status === 0 ? 'ok  ' : 'FAIL'} ${g}${check ? ' --check' : ''}`);
  if (r.status !== 0) failed++;
}
if (!gens.length) console.log('no generators');
process.exit(failed ? 1 : 0);
