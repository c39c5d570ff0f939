/** Everything the output writers need once the scan is over: ordered messages, their campaigns, faults. */
import type { StoredRecord } from './resume.js';
import type { JoinReason } from './campaign.js';
import type { ScanFault } from './types.js';

export interface CampaignView {
  id: string;
  reasons: JoinReason[];
  members: StoredRecord[];
  mailboxes: string[];
  recipients: string[];
}

export interface ScanResult {
  source: string;
  /** Messages to print, in a stable order (by source key). */
  records: StoredRecord[];
  campaignOf: (r: StoredRecord) => string | null;
  campaigns: CampaignView[];
  faults: ScanFault[];
  /** The `analyze --json` line of a message. */
  line: (r: StoredRecord) => string;
  /** --like: the example file whose campaign is shown. */
  like: string | null;
}

const collator = new Intl.Collator('en', { numeric: true });
export const byKey = (a: StoredRecord, b: StoredRecord): number => collator.compare(a.key, b.key);

export function countBy<T>(items: Iterable<T>, keyOf: (t: T) => string[]): [string, number][] {
  const m = new Map<string, number>();
  for (const it of items) for (const k of keyOf(it)) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
