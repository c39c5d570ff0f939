/** --format jsonl: per message exactly the `analyze --json` object, plus `mailbox` and `campaign` (null when alone). */
import type { ScanResult } from './scan-result.js';

export function* jsonlLines(res: ScanResult): Generator<string> {
  for (const r of res.records) {
    const line = res.line(r);
    yield `${line.slice(0, -1)},"mailbox":${JSON.stringify(r.mailbox)},"campaign":${JSON.stringify(res.campaignOf(r))}}\n`;
  }
}
