/** `sender-lens rules [--json]`: the detection rules of the registry (src/core/rules/registry.ts), one per line. */
import { RULES } from '../../core/rules/registry.js';
import { parseArgs } from '../args.js';
import type { CliIo } from '../io.js';

export const RULES_USAGE = `sender-lens rules [--json]
  Lists every detection rule: its name, when it runs, what it reads and the finding ids it can report.`;

export async function runRules(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { values: [], booleans: ['json'] });
  for (const r of RULES) {
    if (args.booleans.has('json')) io.stdout(JSON.stringify({ id: r.id, stage: r.stage, reads: r.reads, produces: r.produces }));
    else io.stdout(`${r.id} (${r.stage}): ${r.reads}\n    reports: ${r.produces.join(', ')}`);
  }
  return 0;
}
