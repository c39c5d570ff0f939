/**
 * The shape of every detection rule. A rule reads the analysis context (and, at the `authentication` stage, the
 * authentication results) and returns findings; it never throws on purpose, but if it does the runner records the
 * failure as a check that could not run (rules/run-rules.ts), so a crashing rule never reads as "nothing found".
 */
import type { Finding } from '../model/finding.js';
import type { AuthSummary } from '../model/auth.js';
import type { Catalog } from '../i18n/format.js';
import type { AnalysisContext } from '../pipeline/context.js';

/** Facts several rules need, computed once per message by the runner. */
export interface RuleFacts {
  /** RFC 2369/2919 list post or ESP bulk mail (parse/list-signals.ts). */
  mailingList: boolean;
  /** The From domain is a free-mail provider. */
  freeMail: boolean;
}

export interface RuleInput extends AnalysisContext {
  facts: RuleFacts;
  /** Findings of the rules that ran before this one (registry order), e.g. scams read whether a lure fired. */
  earlier: readonly Finding[];
  /** Authentication results; null at the `message` stage, set at the `authentication` stage. */
  auth: AuthSummary | null;
}

export interface Rule {
  /** Stable name, kebab-case (shown to admins as the check's name, listed by `sender-lens rules`). */
  id: string;
  /** `message`: needs nothing but the message (runs offline too); `authentication`: runs after SPF/DKIM/DMARC/ARC. */
  stage: 'message' | 'authentication';
  /** One sentence: what the rule reads and what it reports. */
  reads: string;
  /** Finding ids the rule may produce. */
  produces: readonly string[];
  /** Its en + ja texts (several rules of one concern may share one catalog). */
  messages: Catalog;
  run(input: RuleInput): Finding[];
}
