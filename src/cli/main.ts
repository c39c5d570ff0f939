import { UsageError } from './args.js';
import { EXIT } from './exit-codes.js';
import { InputError } from '../platform/node/read-input.js';
import type { CliIo } from './io.js';
import { runAnalyze, ANALYZE_USAGE } from './commands/analyze.js';
import { runSpf, SPF_USAGE } from './commands/spf.js';
import { runAuthFile, AUTH_FILE_USAGE } from './commands/auth-file.js';
import { runLookalikeCommand, LOOKALIKE_USAGE } from './commands/lookalike.js';
import { runRules, RULES_USAGE } from './commands/rules.js';
import { runScan, SCAN_USAGE } from './commands/scan.js';

const USAGE = `Sender Lens: explains why an email is phishing.

Usage:
  ${ANALYZE_USAGE}
  ${SPF_USAGE}
  ${AUTH_FILE_USAGE}
  ${LOOKALIKE_USAGE}
  ${RULES_USAGE}
  ${SCAN_USAGE}
  sender-lens help`;

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  analyze: runAnalyze,
  spf: runSpf,
  dkim: (argv, io) => runAuthFile('dkim', argv, io),
  dmarc: (argv, io) => runAuthFile('dmarc', argv, io),
  arc: (argv, io) => runAuthFile('arc', argv, io),
  lookalike: runLookalikeCommand,
  rules: runRules,
  scan: runScan,
};

/** Runs the CLI and returns the exit code. Usage and input errors print one clear line, never a stack trace. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(USAGE);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`sender-lens: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) {
      io.stderr(`sender-lens ${name}: ${e.message}`);
      return EXIT.usage;
    }
    io.stderr(`sender-lens ${name}: internal error: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.usage;
  }
}
