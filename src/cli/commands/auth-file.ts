import { analyzeMessage } from '../../core/analyze.js';
import { readInput } from '../../platform/node/read-input.js';
import { parseArgs, lastValue, allValues, UsageError } from '../args.js';
import { resolverFromArgs, RESOLVER_FLAGS } from '../resolver.js';
import { clockOf } from './analyze.js';
import type { CliIo } from '../io.js';

export const AUTH_FILE_USAGE = `sender-lens dkim|dmarc|arc FILE... [--json] [--offline | --dns-fixture ZONE.json | --doh URL] [--own-domain D]... [--now ISO-DATE]
  Prints each result word first on its line.`;

type Which = 'dkim' | 'dmarc' | 'arc';

/** One authentication check over whole messages, through the same pipeline as `analyze`. */
export async function runAuthFile(which: Which, argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { values: [...RESOLVER_FLAGS.values, 'own-domain', 'now'], booleans: [...RESOLVER_FLAGS.booleans, 'json'] });
  if (!args.positionals.length) throw new UsageError(`no FILE given\n${AUTH_FILE_USAGE}`);
  const now = clockOf(lastValue(args, 'now'));
  const choice = await resolverFromArgs(args, now);
  try {
    for (const file of args.positionals) {
      const raw = await readInput(file, io.stdin);
      const report = await analyzeMessage(raw, {
        resolver: choice.resolver,
        offline: choice.offline,
        now,
        crypto: globalThis.crypto,
        settings: { ownDomains: allValues(args, 'own-domain') },
      });
      const state = report.checks.find((c) => c.name === which);
      if (which === 'dkim') {
        const list = report.auth.dkim;
        if (args.booleans.has('json')) io.stdout(JSON.stringify({ file, dkim: list, check: state ?? null }));
        else if (!list.length)
          io.stdout(`${state && state.status !== 'done' ? 'temperror' : 'none'} ${file}: ${state?.reason ?? 'no DKIM-Signature'}`);
        else
          for (const d of list)
            io.stdout(
              `${d.result} ${file} d=${d.domain} s=${d.selector} ${d.algorithm}: ${d.reason}${d.weaknesses.length ? ` [${d.weaknesses.join(', ')}]` : ''}`,
            );
      } else {
        const out = which === 'dmarc' ? report.auth.dmarc : report.auth.arc;
        if (args.booleans.has('json')) io.stdout(JSON.stringify({ file, [which]: out, check: state ?? null }));
        else
          io.stdout(
            `${out?.result ?? (state?.status === 'skipped' ? 'none' : 'temperror')} ${file}: ${out?.reason ?? state?.reason ?? ''}`,
          );
      }
    }
    return 0;
  } finally {
    await choice.close();
  }
}
