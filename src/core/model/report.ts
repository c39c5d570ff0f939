import type { Address } from './message.js';
import type { Finding } from './finding.js';
import type { Hop, Origin } from './hop.js';
import type { AuthSummary } from './auth.js';
import type { LinkInfo } from './link.js';
import type { DomainReputation } from './reputation.js';

export type Verdict = 'danger' | 'caution' | 'ok' | 'unknown';

/**
 * How strong the evidence of phishing is, in words (issue #12): what a user sees instead of a number. From the learned
 * model's probability (src/core/verdict/score.ts): `strong` at or above the normal danger threshold, `some` at or
 * above the normal caution threshold, `weak` when there is some evidence but not enough to warn, `none` otherwise.
 */
export type Strength = 'strong' | 'some' | 'weak' | 'none';

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
  /** The model's probability of phishing in percent (0-100), for admins in the JSON only; no UI shows it. */
  score: number;
  /** How strong the evidence is, in words; what the UI shows (see Strength). */
  strength: Strength;
  /** Sorted by what each adds to the risk (Finding.contribution), most first. */
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
