/**
 * `sender-lens lookalike [--json]`: one domain or URL per line on stdin, one JSON object per line on stdout:
 * {"input", "match": null | {"entity", "domain", "kind"}}. With --verbose the match also carries entityId, unicode,
 * ascii and reason. Exit 0 when all lines were read (matches or not), 2 on a usage error.
 */
import { defaultEngine } from '../../core/rules/lookalike/index.js';

export interface LookalikeIo {
  stdin: AsyncIterable<string>;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

const USAGE = 'usage: sender-lens lookalike [--json] [--verbose]  (one domain or URL per line on stdin)';
/** Lines longer than this are not URLs anyone reads; they are reported as no match without parsing. */
const MAX_LINE = 8192;

export async function runLookalike(argv: string[], io: LookalikeIo): Promise<number> {
  let verbose = false;
  for (const a of argv) {
    if (a === '--json') continue; // JSON lines is the only output format; the flag is accepted for clarity.
    if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--help' || a === '-h') {
      io.stdout(USAGE);
      return 0;
    } else {
      io.stderr(`unknown option: ${a}`);
      io.stderr(USAGE);
      return 2;
    }
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
