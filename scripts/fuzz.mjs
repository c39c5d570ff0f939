#!/usr/bin/env node
// More fuzzing on demand: runs the parser property tests (tests/fuzz) with a higher run count.
//   node scripts/fuzz.mjs                 # FUZZ_RUNS=20000
//   FUZZ_RUNS=100000 node scripts/fuzz.mjs tests/fuzz/dns-wire.fuzz.test.ts
// Extra arguments are passed to vitest (file filters, -t "name"). Exit code is vitest's.
import { spawnSync } from 'node:child_process';
import process from 'node:process';

const runs = process.env.FUZZ_RUNS ?? '20000';
const args = process.argv.slice(2);
const files = args.length > 0 ? args : ['tests/fuzz/'];
process.stdout.write(`fuzz: FUZZ_RUNS=${runs} on ${files.join(' ')}\n`);
const r = spawnSync('npx', ['vitest', 'run', '--project', 'unit', '--testTimeout', '0', ...files], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs },
});
process.exit(r.status ?? 1);
