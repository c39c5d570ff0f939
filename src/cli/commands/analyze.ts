import { analyzeMessage } from '../../core/analyze.js';
import { formatReportText } from '../../core/report/format-text.js';
import type { Lang } from '../../core/i18n/index.js';
import type { Sensitivity } from '../../core/deps.js';
import { readInput } from '../../platform/node/read-input.js';
import { createNodeQrDecoder } from '../../platform/node/qr-raster.js';
import { parseArgs, allValues, lastValue, UsageError, SETTINGS_FLAGS } from '../args.js';
import { resolverFromArgs, RESOLVER_FLAGS } from '../resolver.js';
import { reputationFromArgs, REPUTATION_FLAGS, REPUTATION_USAGE } from '../reputation.js';
import { toJsonLine } from '../json-report.js';
import { exitCodeFor } from '../exit-codes.js';
import { sanitizeForTerminal } from '../terminal.js';
import type { CliIo } from '../io.js';
import { inflate } from '../../platform/shared/inflate.js';

export const ANALYZE_USAGE = `sender-lens analyze FILE... [--json] [--offline | --doh URL | --dns-fixture ZONE.json] [--doh-ca CA.pem]
    [--own-domain D]... [--org-name NAME]... [--trusted-host H]... [--trusted-authserv-id ID]...
    [--allow D]... [--sensitivity low|normal|high] [--lang ja|en] [--now ISO-DATE]
${REPUTATION_USAGE}
  FILE may be - for stdin. Exit code: 0 ok/unknown, 1 caution, 2 danger, 3 usage or input error.`;

const SPEC = {
  values: [...RESOLVER_FLAGS.values, ...REPUTATION_FLAGS.values, ...SETTINGS_FLAGS],
  booleans: [...RESOLVER_FLAGS.booleans, ...REPUTATION_FLAGS.booleans, 'json'],
};

export function langOf(value: string | undefined): Lang {
  if (value === undefined) return 'en';
  if (value !== 'en' && value !== 'ja') throw new UsageError(`--lang takes ja or en, got ${value}`);
  return value;
}

/** A clock pinned by --now (for reproducible DKIM x= checks), else the real one. */
export function clockOf(value: string | undefined): () => number {
  if (value === undefined) return () => Date.now();
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new UsageError(`--now takes an ISO date, got ${value}`);
  const offset = t - Date.now();
  return () => Date.now() + offset;
}

export async function runAnalyze(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, SPEC);
  if (!args.positionals.length) throw new UsageError(`no FILE given\n${ANALYZE_USAGE}`);
  const lang = langOf(lastValue(args, 'lang'));
  const sensitivity = (lastValue(args, 'sensitivity') ?? 'normal') as Sensitivity;
  if (!['low', 'normal', 'high'].includes(sensitivity)) throw new UsageError('--sensitivity takes low, normal or high');
  const now = clockOf(lastValue(args, 'now'));
  const reputation = await reputationFromArgs(args, now);
  const choice = await resolverFromArgs(args, now);
  let worst = 0;
  try {
    for (const file of args.positionals) {
      const raw = await readInput(file, io.stdin);
      const report = await analyzeMessage(raw, {
        resolver: choice.resolver,
        offline: choice.offline,
        rdap: reputation.rdap,
        urlReputation: reputation.urlReputation,
        now,
        crypto: globalThis.crypto,
        inflate,
        findQrCodes: createNodeQrDecoder(now),
        settings: {
          ownDomains: allValues(args, 'own-domain'),
          ownOrgNames: allValues(args, 'org-name'),
          trustedHosts: allValues(args, 'trusted-host'),
          trustedAuthservIds: allValues(args, 'trusted-authserv-id'),
          allowlist: allValues(args, 'allow'),
          sensitivity,
          dnsbl: reputation.dnsbl,
        },
      });
      if (args.booleans.has('json')) io.stdout(JSON.stringify(toJsonLine(file, report, lang)));
      else io.stdout(sanitizeForTerminal(`# ${file}\n${formatReportText(report, lang)}`));
      worst = Math.max(worst, exitCodeFor(report.verdict));
    }
  } finally {
    await reputation.close();
    await choice.close();
  }
  return worst;
}
