/** The summary printed on stderr after every scan (terminal or not): counts, rate, campaigns, every fault listed. */
import type { StoredRecord } from './resume.js';
import type { Campaign } from './campaign.js';
import type { ScanFault } from './types.js';
import { countBy } from './scan-result.js';
import { sanitizeForTerminal } from '../terminal.js';

/** Faults listed one per line; beyond this they are only counted (the HTML report lists them all). */
const MAX_LISTED_FAULTS = 100;

export interface SummaryInput {
  total: number;
  analyzedNow: number;
  resumed: number;
  /** From the start of reading to the last result (grouping and output not included). */
  elapsedMs: number;
  /** CPU time of the whole process (all threads) over the same span. */
  cpuMs: number;
  /** 0 = analyzed on the main thread. */
  workers: number;
  records: readonly StoredRecord[];
  campaigns: readonly Campaign[];
  faults: readonly ScanFault[];
  network: string;
  dnsSent: number | null;
  dnsRefused: number | null;
  reconnects: number;
  shown: number;
  like: string | null;
}

export function scanSummary(s: SummaryInput): string {
  const secs = s.elapsedMs / 1000;
  const lines = [
    `sender-lens scan: ${s.total} messages (${s.analyzedNow} analyzed in ${secs.toFixed(1)} s, ${(s.analyzedNow / Math.max(secs, 1e-3)).toFixed(0)} msg/s, ${s.workers ? `${s.workers} worker thread${s.workers > 1 ? 's' : ''}` : 'main thread'}, CPU ${(s.cpuMs / 1000).toFixed(1)} s${s.resumed ? `; ${s.resumed} from the state file` : ''})`,
    `  verdicts: ${['danger', 'caution', 'ok', 'unknown'].map((v) => `${v} ${s.records.filter((r) => r.summary.verdict === v).length}`).join(', ')}`,
    `  campaigns: ${s.campaigns.length}${s.campaigns.length ? ` (largest ${s.campaigns[0]!.members.length} messages)` : ''}`,
    `  network: ${s.network}${s.dnsSent !== null ? `; ${s.dnsSent} DNS requests sent, ${s.dnsRefused} refused by the budget` : ''}`,
  ];
  if (s.reconnects) lines.push(`  reconnected ${s.reconnects} time${s.reconnects > 1 ? 's' : ''} to the IMAP server`);
  if (s.like) lines.push(`  --like ${s.like}: ${s.shown} messages of the same campaign`);
  const kinds = countBy(s.faults, (f) => [f.kind]);
  lines.push(`  faults: ${s.faults.length}${kinds.length ? ` (${kinds.map(([k, n]) => `${k} ${n}`).join(', ')})` : ''}`);
  for (const f of s.faults.slice(0, MAX_LISTED_FAULTS)) lines.push(`    ${f.kind}  ${f.where}  ${f.detail}`);
  if (s.faults.length > MAX_LISTED_FAULTS) lines.push(`    ... ${s.faults.length - MAX_LISTED_FAULTS} more`);
  return sanitizeForTerminal(lines.join('\n'));
}
