/**
 * check_host() driver (RFC 7208 section 4): record lookup and selection, mechanism evaluation in order,
 * redirect=, exp=, and the processing limits of 4.6.4.
 */
import type { Resolver } from '../../dns/types.js';
import type { SpfOutcome, SpfResultWord } from '../../model/auth.js';
import { SpfAbort, SpfDns, isValidQueryName } from './dns.js';
import { lookupExplanation } from './explanation.js';
import { ipDotted, ipText, parseIp, type IpAddr } from './ip.js';
import type { MacroContext } from './macro.js';
import { expandDomain, mechanismMatches } from './mechanisms.js';
import { pMacroValue } from './ptr.js';
import { isSpfRecord, parseSpfRecord, type SpfQualifier } from './record.js';

export interface CheckHostParams {
  ip: string;
  domain: string;
  sender: string;
  helo: string;
  receiver?: string;
}

export interface CheckHostContext {
  resolver: Resolver;
  limits?: { maxLookups?: number; maxVoidLookups?: number };
  /** Clock in ms, for %{t}. */
  now?: () => number;
}

/** Hard cap on include/redirect nesting, independent of the (configurable) lookup limit. */
export const MAX_DEPTH = 20;

interface Inner {
  result: SpfResultWord;
  mechanism: string | null;
  explanation: string | null;
  reason: string;
}

const QUALIFIER_RESULT: Record<SpfQualifier, SpfResultWord> = { '+': 'pass', '-': 'fail', '~': 'softfail', '?': 'neutral' };

/**
 * 4.3: a domain that is malformed (empty or > 63-octet label, domain literal...) or not multi-label gives
 * "none" without any lookup.
 */
export function isCheckableDomain(domain: string): boolean {
  const d = domain.endsWith('.') ? domain.slice(0, -1) : domain;
  return isValidQueryName(d) && d.includes('.') && !/[\s[\]@\\]/.test(d);
}

interface Run {
  dns: SpfDns;
  ip: IpAddr;
  base: Omit<MacroContext, 'domain' | 'validatedName'>;
}

async function evaluate(run: Run, domain: string, depth: number): Promise<Inner> {
  const none = (reason: string): Inner => ({ result: 'none', mechanism: null, explanation: null, reason });
  if (!isCheckableDomain(domain)) return none(`"${domain}" is not a valid domain name (RFC 7208 4.3)`);
  if (depth > MAX_DEPTH) throw new SpfAbort('permerror', `include/redirect nesting deeper than ${MAX_DEPTH}`);
  // 4.4: TXT lookup; a DNS error is temperror, no answer is none.
  const txt = await run.dns.txt(domain);
  // The DNS layer already names the lookup ("TXT <domain>: servfail"): do not say it twice.
  if (txt.kind === 'temp')
    return {
      result: 'temperror',
      mechanism: null,
      explanation: null,
      reason: txt.detail.startsWith(`TXT ${domain}:`) ? txt.detail : `TXT ${domain}: ${txt.detail}`,
    };
  if (txt.kind === 'void') return none(`${domain} has no SPF record`);
  // 4.5: keep only records starting with "v=spf1"; none -> none, more than one -> permerror.
  const records = txt.values.filter(isSpfRecord);
  if (records.length === 0) return none(`${domain} has no SPF record`);
  if (records.length > 1) throw new SpfAbort('permerror', `${domain} publishes ${records.length} SPF records (RFC 7208 4.5)`);
  const text = records[0] ?? '';
  const parsed = parseSpfRecord(text);
  if (!parsed.ok) throw new SpfAbort('permerror', `${domain}: ${parsed.error} in "${text}"`);
  const record = parsed.record;
  const macros: MacroContext = {
    ...run.base,
    domain,
    validatedName: () => pMacroValue(run.dns, run.ip, domain),
  };
  const env = {
    dns: run.dns,
    ip: run.ip,
    macros,
    checkHost: async (target: string) => wrap(() => evaluate(run, target, depth + 1)),
  };
  for (const mech of record.mechanisms) {
    if (!(await mechanismMatches(mech, env))) continue;
    const result = QUALIFIER_RESULT[mech.qualifier];
    // 6.2: the explanation is only looked up for a fail result.
    const explanation = result === 'fail' && record.exp !== null ? await lookupExplanation(record.exp, macros, run.dns) : null;
    return { result, mechanism: mech.text, explanation, reason: `${run.base.ipText} matched "${mech.text}" in "${text}" (${domain})` };
  }
  // 5.1: redirect is ignored when the record has an "all" mechanism anywhere.
  if (record.redirect !== null && !record.mechanisms.some((m) => m.kind === 'all')) {
    const term = `redirect=${record.redirect}`;
    run.dns.countTerm(term);
    const target = await expandDomain(record.redirect, macros, term);
    const inner = await evaluate(run, target, depth + 1);
    // 6.1: if the redirect target has no SPF record, the result is permerror.
    if (inner.result === 'none') throw new SpfAbort('permerror', `${term}: ${target} has no SPF record (RFC 7208 6.1)`);
    return inner;
  }
  // 4.7: no match and no redirect -> neutral.
  return {
    result: 'neutral',
    mechanism: null,
    explanation: null,
    reason: `no mechanism matched ${run.base.ipText} in "${text}" (${domain})`,
  };
}

async function wrap(f: () => Promise<Inner>): Promise<Inner> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof SpfAbort) return { result: e.result, mechanism: null, explanation: null, reason: e.why };
    return { result: 'temperror', mechanism: null, explanation: null, reason: `internal error: ${String(e)}` };
  }
}

/**
 * RFC 7208 check_host(ip, domain, sender). Never throws: bad input gives an outcome with a reason.
 */
export async function checkHost(params: CheckHostParams, ctx: CheckHostContext): Promise<SpfOutcome> {
  const domain = stripDotKeepCase(params.domain ?? '');
  const maxLookups = ctx.limits?.maxLookups ?? 10;
  const maxVoid = ctx.limits?.maxVoidLookups ?? 2;
  const dns = new SpfDns(ctx.resolver, maxLookups, maxVoid);
  const outcome = (r: Inner): SpfOutcome => ({
    result: r.result,
    domain,
    scope: 'mfrom',
    ip: params.ip,
    mechanism: r.mechanism,
    explanation: r.explanation,
    reason: r.reason,
    lookups: dns.lookups,
    voidLookups: dns.voidLookups,
  });
  const ip = typeof params.ip === 'string' ? parseIp(params.ip.trim()) : null;
  if (!ip)
    return outcome({ result: 'none', mechanism: null, explanation: null, reason: `invalid client IP address "${String(params.ip)}"` });
  // 4.3: a sender without a local-part uses "postmaster".
  const sender = String(params.sender ?? '');
  const at = sender.lastIndexOf('@');
  const local = at > 0 ? sender.slice(0, at) : 'postmaster';
  const senderDomain = at >= 0 ? sender.slice(at + 1) : domain;
  let now = 0;
  try {
    now = ctx.now ? Math.floor(ctx.now() / 1000) : 0;
  } catch {
    now = 0;
  }
  const run: Run = {
    dns,
    ip,
    base: {
      sender: `${local}@${senderDomain}`,
      local,
      senderDomain,
      ipDotted: ipDotted(ip),
      ipText: ipText(ip),
      ipVersion: ip.family === 4 ? 'in-addr' : 'ip6',
      helo: String(params.helo ?? ''),
      receiver: params.receiver ?? 'unknown',
      timestamp: now,
    },
  };
  return outcome(await wrap(() => evaluate(run, domain, 0)));
}

function stripDotKeepCase(s: string): string {
  const t = String(s).trim();
  return t.endsWith('.') ? t.slice(0, -1) : t;
}
