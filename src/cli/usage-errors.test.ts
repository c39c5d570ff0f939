import { describe, expect, it } from 'vitest';
import { main } from './main.js';
import { EXIT } from './exit-codes.js';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdin = (async function* () {})();
  const code = await main(argv, { stdin, stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// Every subcommand: a bad option and a missing required argument exit 3 (usage), never 2 ("danger"), with one clear
// line naming the command and no stack trace.
const CASES: Array<[string, string[], RegExp]> = [
  ['analyze', ['analyze', '--bogus', 'x.eml'], /sender-lens analyze: .*--bogus/],
  ['analyze', ['analyze'], /no FILE given/],
  ['spf', ['spf', '--bogus'], /sender-lens spf: .*--bogus/],
  ['spf', ['spf', '--helo', 'h', '--mail-from', 'a@b.c'], /--ip is required/],
  ['dkim', ['dkim', '--bogus', 'x.eml'], /sender-lens dkim: .*--bogus/],
  ['dmarc', ['dmarc'], /no FILE given/],
  ['arc', ['arc', '--bogus'], /sender-lens arc: .*--bogus/],
  ['lookalike', ['lookalike', '--bogus'], /sender-lens lookalike: unknown option: --bogus/],
  ['rules', ['rules', '--bogus'], /sender-lens rules: .*--bogus/],
];

describe('CLI usage errors', () => {
  for (const [name, argv, message] of CASES) {
    it(`${argv.join(' ')} exits 3 with a clear message (${name})`, async () => {
      const r = await run(argv);
      expect(r.code).toBe(EXIT.usage);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/\n\s+at /);
    });
  }
  it('an unknown command and no command exit 3 and print the usage', async () => {
    for (const argv of [['frobnicate'], []]) {
      const r = await run(argv);
      expect(r.code).toBe(EXIT.usage);
      expect(r.out + r.err).toContain('sender-lens analyze FILE');
    }
  });
  it('help lists every subcommand and exits 0', async () => {
    const r = await run(['help']);
    expect(r.code).toBe(EXIT.ok);
    for (const c of ['analyze', 'spf', 'dkim|dmarc|arc', 'lookalike', 'rules']) expect(r.out).toContain(`sender-lens ${c}`);
  });
});
