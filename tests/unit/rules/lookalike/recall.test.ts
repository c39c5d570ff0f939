/**
 * Issue #5 figures: dnstwist recall >= 95% overall and >= 90% per fuzzer family on brands of >= 5 letters;
 * <= 0.1% of the committed benign set flagged. scripts/bench/lookalike.ts prints the same figures in full.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { defaultEngine } from '../../../../src/core/rules/lookalike/index.js';
import { benignDomains, dnstwistRecall, repoRoot, sharedDir, totals } from './measure.js';

const shared = sharedDir();

describe.skipIf(!shared)('dnstwist recall (shared/lookalike/dnstwist/lookalikes.tsv)', () => {
  const tsv = shared ? readFileSync(resolve(shared, 'lookalike', 'dnstwist', 'lookalikes.tsv'), 'utf8') : '';
  const per = dnstwistRecall(defaultEngine(), tsv, 5);
  it('>= 95% overall on brands of 5 or more letters', () => {
    const t = totals(per.values());
    expect(t.total).toBeGreaterThan(40_000);
    expect(t.hit / t.total).toBeGreaterThanOrEqual(0.95);
  });
  it.each([...per.keys()].sort())('>= 90% for fuzzer %s', (fuzzer) => {
    const r = per.get(fuzzer)!;
    expect(r.total).toBeGreaterThan(0);
    expect(r.hit / r.total, `misses: ${r.misses.join(' ')}`).toBeGreaterThanOrEqual(0.9);
  });
});

describe('benign set (tests/fixtures/benign-domains)', () => {
  it('flags <= 0.1%', () => {
    const benign = benignDomains();
    expect(benign.length).toBeGreaterThan(2500);
    const flagged = benign.filter((d) => defaultEngine().match(d));
    expect(flagged.length / benign.length, flagged.join(' ')).toBeLessThanOrEqual(0.001);
  });
});

describe.skipIf(!shared)('generated data is up to date (--check)', () => {
  it.each(['scripts/gen-confusables.mjs', 'scripts/gen-hosting.mjs'])('%s --check', (script) => {
    const r = spawnSync(process.execPath, [resolve(repoRoot, script), '--check'], {
      encoding: 'utf8',
      env: { ...process.env, SENDER_LENS_SHARED: shared! },
    });
    expect(r.stderr.replace(/^.*dropped.*\n/gm, '')).toBe('');
    expect(r.status).toBe(0);
  });
});
