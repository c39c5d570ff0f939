/**
 * A vitest reporter that writes what failed, and why, to the file named by SENDER_LENS_FAILURES (JSON lines of text).
 * The JSON reporter drops errors thrown in beforeAll/afterAll: such a file shows only "skipped" tests. CI prints
 * only the tail of its output, so scripts/test-all.mjs repeats these lines in its closing summary.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

interface SerializedError {
  message?: string;
  stack?: string;
}

const short = (e: SerializedError): string =>
  (e.stack || e.message || String(e))
    .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '') // colour codes
    .split('\n')
    .slice(0, 6)
    .join('\n      ')
    .slice(0, 900);

export default class FailureReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<SerializedError>): void {
    const out = process.env.SENDER_LENS_FAILURES;
    if (!out) return;
    const lines: string[] = [];
    for (const m of modules) {
      const own: string[] = [];
      for (const e of m.errors()) own.push(`    module: ${short(e)}`);
      for (const s of m.children.allSuites()) for (const e of s.errors()) own.push(`    suite "${s.fullName}": ${short(e)}`);
      for (const t of m.children.allTests('failed')) for (const e of t.result().errors ?? []) own.push(`    - ${t.fullName}: ${short(e)}`);
      if (own.length > 0 || m.state() === 'failed') lines.push(`  ${relative(process.cwd(), m.moduleId)}`, ...own.slice(0, 8));
    }
    for (const e of unhandled) lines.push(`  unhandled error: ${short(e)}`);
    writeFileSync(out, lines.join('\n') + (lines.length ? '\n' : ''));
  }
}
