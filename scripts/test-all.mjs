// `npm test`: every check CI runs, in order, with a one-line summary per step and a closing
// "N passed, N failed" line (test counts from vitest's JSON reports). Exit 1 if any step failed.
// Steps: generated-data check, typecheck, lint, unit (+conformance, fuzz), build, integration (real DoH server,
// built CLI), e2e (real Thunderbird; Chromium + Roundcube). `npm test -- --skip-e2e` skips the e2e step.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const args = process.argv.slice(2);
const skipE2e = args.includes('--skip-e2e');
mkdirSync('artifacts/test', { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const results = [];

function vitestCounts(file) {
  if (!existsSync(file)) return null;
  try {
    const j = JSON.parse(readFileSync(file, 'utf8'));
    return { passed: j.numPassedTests ?? 0, failed: j.numFailedTests ?? 0, skipped: (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0) };
  } catch {
    return null;
  }
}

function step(name, cmd, cmdArgs, { vitestJson, failures: failuresFile } = {}) {
  const t0 = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${cmdArgs.join(' ')}`);
  if (failuresFile) rmSync(failuresFile, { force: true });
  const env = { ...process.env, TZ: 'UTC', ...(failuresFile ? { SENDER_LENS_FAILURES: failuresFile } : {}) };
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env });
  const ok = r.status === 0;
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  let counts = vitestJson ? vitestCounts(vitestJson) : null;
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  } else if (!ok) totals.failed += 1;
  // What failed and why, repeated in the summary (CI shows only the tail; a hook error leaves no failed test).
  const failures = !ok && failuresFile && existsSync(failuresFile) ? readFileSync(failuresFile, 'utf8').trimEnd() : '';
  results.push({ name, ok, secs, counts, failures });
  return ok;
}

const vitest = (project, extra = []) => {
  const out = `artifacts/test/${project}.json`;
  const failures = `artifacts/test/${project}-failures.txt`;
  return [
    'npx',
    [
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
      '--reporter=./tests/helpers/failure-reporter.ts',
      ...extra,
    ],
    { vitestJson: out, failures },
  ];
};

step('generated data is up to date', 'node', ['scripts/gen-data.mjs', '--check']);
step('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
step('typecheck core (no DOM, no Node)', 'npx', ['tsc', '-p', 'src/core/tsconfig.json', '--noEmit']);
step('lint', 'npx', ['eslint', '--max-warnings=0', '.']);
step('formatting (prettier --check)', 'npx', ['prettier', '--check', '.']);
step('unit, conformance, fuzz', ...vitest('unit'));
const built = step('build', 'npm', ['run', 'build']);
if (built) {
  step('web-ext lint (Firefox, Thunderbird builds)', 'node', ['scripts/lint-extensions.mjs']);
  step('integration (real DoH server, built CLI)', ...vitest('integration'));
  if (!skipE2e) step('e2e (Thunderbird, Chromium + Roundcube, Firefox ESR + Roundcube)', ...vitest('e2e'));
}

console.log('\n=== summary');
for (const r of results) {
  console.log(
    `${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.secs}s)${r.counts ? ` ${r.counts.passed} passed, ${r.counts.failed} failed, ${r.counts.skipped} skipped` : ''}`,
  );
  if (r.failures) console.log(r.failures);
}
const stepsFailed = results.filter((r) => !r.ok).length;
console.log(`steps: ${results.length - stepsFailed} ok, ${stepsFailed} failed`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(stepsFailed ? 1 : 0);
