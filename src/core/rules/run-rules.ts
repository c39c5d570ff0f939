/**
 * Runs the registered rules of one stage, each under one guard: a rule that throws leaves a `CheckState` with status
 * `error` (shown as "could not check"), never an empty result that would read as "nothing found".
 */
import type { Finding } from '../model/finding.js';
import type { CheckState } from '../model/report.js';
import type { AuthSummary } from '../model/auth.js';
import type { AnalysisContext } from '../pipeline/context.js';
import { isMailingListPost } from '../parse/list-signals.js';
import { isFreeMail } from '../reference/domain-sets.js';
import type { Rule, RuleFacts, RuleInput } from './rule.js';
import { RULES } from './registry.js';

export interface RulesOutcome {
  findings: Finding[];
  checks: CheckState[];
}

/** Prefix of a rule's check name in the report (`rule:lures`), keeping rule names apart from network checks. */
export const RULE_CHECK_PREFIX = 'rule:';

export function ruleFacts(ctx: AnalysisContext): RuleFacts {
  const fromDomain = ctx.msg.from?.domain;
  return { mailingList: isMailingListPost(ctx.msg), freeMail: fromDomain ? isFreeMail(fromDomain) : false };
}

export function runRules(
  stage: Rule['stage'],
  ctx: AnalysisContext,
  opts: { auth?: AuthSummary | null; earlier?: readonly Finding[]; facts?: RuleFacts; rules?: readonly Rule[] } = {},
): RulesOutcome {
  const facts = opts.facts ?? ruleFacts(ctx);
  const findings: Finding[] = [];
  const checks: CheckState[] = [];
  const earlier = [...(opts.earlier ?? [])];
  // One input object for the stage (its `earlier` grows as rules run): no copy of the context per rule. Written out
  // field by field rather than spread from `ctx`: the spread was half of the runner's own time (CPU profile).
  // Typed so that every context field must be listed (a field added to AnalysisContext fails to compile here).
  const stageInput: { [K in keyof Required<AnalysisContext>]: AnalysisContext[K] } & Omit<RuleInput, keyof AnalysisContext> = {
    msg: ctx.msg,
    hops: ctx.hops,
    origin: ctx.origin,
    links: ctx.links,
    ownDomains: ctx.ownDomains,
    settings: ctx.settings,
    limits: ctx.limits,
    html: ctx.html,
    attachedMessages: ctx.attachedMessages,
    facts,
    earlier,
    auth: opts.auth ?? null,
  };
  // Optional context fields are present but possibly undefined (exactOptionalPropertyTypes); no rule tells them apart.
  const input = stageInput as RuleInput;
  for (const rule of opts.rules ?? RULES) {
    if (rule.stage !== stage) continue;
    try {
      const out = rule.run(input);
      findings.push(...out);
      earlier.push(...out);
      checks.push({ name: RULE_CHECK_PREFIX + rule.id, status: 'done', reason: null });
    } catch (e) {
      checks.push({
        name: RULE_CHECK_PREFIX + rule.id,
        status: 'error',
        reason: `the check failed: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  }
  return { findings, checks };
}
