import { runLookalike } from './lookalike.js';
import type { CliIo } from '../io.js';

export const LOOKALIKE_USAGE = `sender-lens lookalike [--json]
  Reads one domain or URL per line on stdin; writes one JSON object per line: {"input","match":null|{"entity","domain","kind"}}.`;

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
