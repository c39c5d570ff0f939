// `web-ext lint` on the built Firefox and Thunderbird extensions: any error fails (warnings are printed).
import { spawnSync } from 'node:child_process';

let errors = 0;
for (const target of ['firefox', 'thunderbird']) {
  const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', `dist/${target}`, '--output', 'json', '--no-input'], { encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    console.error(`web-ext lint ${target}: no JSON output\n${r.stderr}`);
    errors++;
    continue;
  }
  const { summary } = report;
  console.log(`web-ext lint dist/${target}: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.notices} notices`);
  for (const e of report.errors) console.log(`  error ${e.code}: ${e.message} (${e.file ?? ''})`);
  for (const w of report.warnings) console.log(`  warning ${w.code}: ${w.message}`);
  errors += summary.errors;
}
process.exit(errors ? 1 : 0);
