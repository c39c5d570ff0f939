import type { Address } from './message.js';
import type { Finding } from './finding.js';
import type { Hop, Origin } from './hop.js';
import type { AuthSummary } from './auth.js';
import type { LinkInfo } from './link.js';
import type { DomainReputation } from './reputation.js';

export type Verdict = 'danger' | 'caution' | 'ok' | 'unknown';

/** Whether a check ran. `unavailable` = could not verify (temporary failure, offline, budget), never a pass. */
export type CheckStatus = 'done' | 'unavailable' | 'skipped' | 'error';

export interface CheckState {
  /** e.g. `spf`, `dkim`, `dmarc`, `arc`, `origin-infra`, `rdns`, `asn`, `lookalike`. */
  name: string;
  status: CheckStatus;
  /** Why it did not run or failed, in plain English (the UI maps names to i18n labels). */
  reason: string | null;
}

/** The whole explained result for one message. Serialisable (JSON) and rendered by the UI and the CLI. */
export interface Report {
  schema: 1;
  verdict: Verdict;
  score: number;
  /** Sorted strongest first. */
  findings: Finding[];
  message: {
    from: Address | null;
    replyTo: Address[];
    to: Address[];
    returnPath: string | null;
    subject: string;
    date: string | null;
    messageId: string | null;
  };
  /** The entity the message claims to come from (brand or own organization), when one could be inferred. */
  claimedEntity: { name: string; domains: string[] } | null;
  origin: Origin | null;
  hops: Hop[];
  auth: AuthSummary;
  links: LinkInfo[];
  checks: CheckState[];
  /** Age (RDAP) and blocklist listings per sender and link domain, when those checks ran. */
  reputation?: DomainReputation[];
  /** Non-fatal problems while analyzing (limits hit, parse warnings). */
  warnings: string[];
  /** Wall-clock analysis time in ms, from the injected clock. */
  elapsedMs: number;
}
