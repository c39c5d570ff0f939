/**
 * `sender-lens lookalike [--json] [--verbose]`: one domain or URL per line on stdin, one JSON object per line on stdout:
 * {"input", "match": null | {"entity", "domain", "kind"}}. With --verbose the match also carries entityId, unicode,
 * ascii and reason. Exit 0 when all lines were read (matches or not); a usage error exits 3 like every subcommand.
 */
import { defaultEngine } from '../../core/rules/lookalike/index.js';
import { UsageError } from '../args.js';
import type { CliIo } from '../io.js';

export const LOOKALIKE_USAGE = `sender-lens lookalike [--json] [--verbose]
  Reads one domain or URL per line on stdin; writes one JSON object per line: {"input","match":null|{"entity","domain","kind"}}.`;

export interface LookalikeIo {
  stdin: AsyncIterable<string>;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

/** Lines longer than this are not URLs anyone reads; they are reported as no match without parsing. */
const MAX_LINE = 8192;

async function* lines(stdin: AsyncIterable<Uint8Array>): AsyncIterable<string> {
  const decoder = new TextDecoder();
  let buf = '';
  for await (const chunk of stdin) {
    buf += decoder.decode(chunk, { stream: true });
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      yield buf.slice(0, nl).replace(/\r$/, '');
      buf = buf.slice(nl + 1);
    }
  }
  buf += decoder.decode();
  if (buf) yield buf.replace(/\r$/, '');
}

export function runLookalikeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  return runLookalike([...argv], { stdin: lines(io.stdin), stdout: io.stdout, stderr: io.stderr });
}

export async function runLookalike(argv: string[], io: LookalikeIo): Promise<number> {
  let verbose = false;
  for (const a of argv) {
    if (a === '--json') continue; // JSON lines is the only output format; the flag is accepted for clarity.
    if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--help' || a === '-h') {
      io.stdout(LOOKALIKE_USAGE);
      return 0;
    } else throw new UsageError(`unknown option: ${a}\n${LOOKALIKE_USAGE}`);
  }
  const engine = defaultEngine();
  for await (const rawLine of io.stdin) {
    for (const piece of String(rawLine).split('\n')) {
      const input = piece.replace(/\r$/, '').trim();
      if (!input || input.startsWith('#')) continue;
      const m = input.length > MAX_LINE ? null : engine.match(input);
      const match = m
        ? verbose
          ? { entity: m.entity, domain: m.domain, kind: m.kind, entityId: m.entityId, unicode: m.unicode, ascii: m.ascii, reason: m.reason }
          : { entity: m.entity, domain: m.domain, kind: m.kind }
        : null;
      io.stdout(JSON.stringify({ input: input.slice(0, MAX_LINE), match }));
    }
  }
  return 0;
}
