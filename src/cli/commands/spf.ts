import { spfForMessage } from '../../core/auth/spf/index.js';
import { parseArgs, lastValue, UsageError } from '../args.js';
import { resolverFromArgs, RESOLVER_FLAGS } from '../resolver.js';
import type { CliIo } from '../io.js';

export const SPF_USAGE = `sender-lens spf --ip IP --helo HOST --mail-from ADDR [--offline | --dns-fixture ZONE.json | --doh URL] [--json]
  Prints the RFC 7208 result word first on its line (pass, fail, softfail, neutral, none, temperror, permerror).`;

export async function runSpf(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, {
    values: [...RESOLVER_FLAGS.values, 'ip', 'helo', 'mail-from'],
    booleans: [...RESOLVER_FLAGS.booleans, 'json'],
  });
  const ip = lastValue(args, 'ip');
  if (!ip) throw new UsageError(`--ip is required\n${SPF_USAGE}`);
  const helo = lastValue(args, 'helo') ?? null;
  const mailFrom = lastValue(args, 'mail-from') ?? null;
  if (!helo && !mailFrom) throw new UsageError('give --mail-from or --helo');
  const choice = await resolverFromArgs(args, () => Date.now());
  try {
    const out = await spfForMessage({ ip, mailFrom, helo }, { resolver: choice.resolver });
    if (args.booleans.has('json')) io.stdout(JSON.stringify(out));
    else io.stdout(`${out.result} ${out.domain} ${out.ip}: ${out.reason}${out.explanation ? ` (${out.explanation})` : ''}`);
    return 0;
  } finally {
    await choice.close();
  }
}
