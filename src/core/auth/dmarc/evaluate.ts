/**
 * DMARC evaluation (RFC 9989): policy discovery by DNS Tree Walk, identifier alignment of the SPF- and
 * DKIM-authenticated domains with the RFC5322.From domain, and policy selection (p / sp / np, t=).
 */
import type { Resolver } from '../../dns/types.js';
import type { DkimOutcome, DmarcOutcome, SpfOutcome } from '../../model/auth.js';
import { checkAlignment, type AlignmentResult } from './alignment.js';
import { toAsciiDomain } from './domain-name.js';
import type { DmarcPolicy, DmarcRecord } from './record.js';
import { DmarcDns, discoverPolicy, organizationalDomain } from './tree-walk.js';

export interface DmarcInput {
  fromDomain: string;
  spf: SpfOutcome | null;
  dkim: DkimOutcome[];
}

export interface DmarcContext {
  resolver: Resolver;
}

/** DKIM results looked at (bounded even if the caller passes many). */
export const MAX_DKIM_RESULTS = 10;

export interface DmarcDetail {
  outcome: DmarcOutcome;
  /** The applied policy record, when one was found. */
  record: DmarcRecord | null;
  /** Organizational Domain of the From domain (4.10.2), when determined. */
  orgDomain: string | null;
  /**
   * Where SPF / DKIM alignment held (null when not aligned): the identifier itself when identical to the
   * From domain, else the shared Organizational Domain (relaxed mode).
   */
  spfAlignedDomain: string | null;
  dkimAlignedDomain: string | null;
}

/** 4.7 t=y: the Domain Owner asks receivers to apply the next less strict policy. */
function downgrade(p: DmarcPolicy): DmarcPolicy {
  return p === 'reject' ? 'quarantine' : 'none';
}

/** RFC 9989 non-existent domain: no A, AAAA or MX records (NXDOMAIN or NODATA for all three). */
async function domainExists(resolver: Resolver, domain: string): Promise<boolean> {
  for (const type of ['A', 'AAAA', 'MX'] as const) {
    try {
      const r = await resolver.query(domain, type);
      // A temporary failure proves nothing: treat the domain as existing (sp/p rather than np).
      if (r.status !== 'nxdomain' && r.status !== 'nodata') return true;
    } catch {
      return true;
    }
  }
  return false;
}

export async function evaluateDmarcDetailed(input: DmarcInput, ctx: DmarcContext): Promise<DmarcDetail> {
  const fromRaw = String(input?.fromDomain ?? '');
  const base: DmarcOutcome = {
    result: 'none',
    fromDomain: fromRaw,
    policyDomain: null,
    policy: null,
    appliedPolicy: null,
    spfAligned: false,
    dkimAligned: false,
    alignment: null,
    testing: false,
    reason: '',
  };
  const detail = (o: Partial<DmarcOutcome>, rest: Partial<DmarcDetail> = {}): DmarcDetail => ({
    outcome: { ...base, ...o },
    record: null,
    orgDomain: null,
    spfAlignedDomain: null,
    dkimAlignedDomain: null,
    ...rest,
  });
  const author = toAsciiDomain(fromRaw);
  if (!author || !author.includes('.'))
    return detail({ result: 'permerror', reason: `From domain "${fromRaw}" is not a valid domain name` });
  const dns = new DmarcDns(ctx.resolver);
  const found = await discoverPolicy(dns, author);
  if (found.kind === 'temp') return detail({ result: 'temperror', reason: `could not look up the DMARC policy: ${found.why}` });
  if (found.kind === 'none') return detail({ result: 'none', reason: found.why });
  const rec = found.record;
  const orgRes = await organizationalDomain(dns, author);
  const authorOrg = orgRes.kind === 'ok' ? orgRes.domain : null;

  // Policy selection: p at the Author Domain itself; for a subdomain, np (non-existent) or sp, else p.
  let applied: DmarcPolicy = rec.p;
  if (found.domain !== author) {
    applied = rec.sp ?? rec.p;
    if (rec.np !== null && !(await domainExists(ctx.resolver, author))) applied = rec.np;
  }
  if (rec.testing) applied = downgrade(applied);

  const align = async (id: string | null, mode: 'r' | 's'): Promise<AlignmentResult> => {
    const d = id ? toAsciiDomain(id) : null;
    if (!d) return { kind: 'not-aligned' };
    if (authorOrg === null && mode === 'r' && d !== author) return { kind: 'temp', why: orgRes.kind === 'temp' ? orgRes.why : '' };
    return checkAlignment(dns, author, authorOrg ?? author, d, mode);
  };
  const alignedAt = (id: string): string => {
    const d = toAsciiDomain(id) ?? id.toLowerCase();
    return d === author ? author : (authorOrg ?? author);
  };
  const temps: string[] = [];
  let spfAlignedDomain: string | null = null;
  if (input.spf && input.spf.result === 'pass') {
    const a = await align(input.spf.domain, rec.aspf);
    if (a.kind === 'aligned') spfAlignedDomain = alignedAt(input.spf.domain);
    else if (a.kind === 'temp') temps.push(a.why);
  }
  let dkimAlignedDomain: string | null = null;
  let dkimSigner = '';
  for (const k of (input.dkim ?? []).slice(0, MAX_DKIM_RESULTS)) {
    if (k.result !== 'pass') continue;
    const a = await align(k.domain, rec.adkim);
    if (a.kind === 'aligned') {
      dkimAlignedDomain = alignedAt(k.domain);
      dkimSigner = k.domain;
      break;
    }
    if (a.kind === 'temp') temps.push(a.why);
  }
  const pass = spfAlignedDomain !== null || dkimAlignedDomain !== null;
  const common = {
    policyDomain: found.domain,
    policy: rec.p,
    appliedPolicy: applied,
    spfAligned: spfAlignedDomain !== null,
    dkimAligned: dkimAlignedDomain !== null,
    alignment: { spf: rec.aspf, dkim: rec.adkim },
    testing: rec.testing,
  };
  const rest = { record: rec, orgDomain: authorOrg, spfAlignedDomain, dkimAlignedDomain };
  if (pass) {
    const via = [spfAlignedDomain ? `SPF ${input.spf?.domain ?? ''}` : '', dkimAlignedDomain ? `DKIM d=${dkimSigner}` : '']
      .filter(Boolean)
      .join(' and ');
    return detail({ ...common, result: 'pass', reason: `${via} aligned with From ${author} (policy at _dmarc.${found.domain})` }, rest);
  }
  // Could not decide alignment because of a temporary DNS failure: could not verify, not fail.
  if (temps.length > 0) return detail({ ...common, result: 'temperror', reason: `alignment could not be checked: ${temps[0]}` }, rest);
  const spfWhy = !input.spf
    ? 'no SPF result'
    : input.spf.result !== 'pass'
      ? `SPF ${input.spf.result} for ${input.spf.domain}`
      : `SPF domain ${input.spf.domain} not aligned`;
  const passing = (input.dkim ?? []).filter((k) => k.result === 'pass').map((k) => k.domain);
  const dkimWhy = passing.length === 0 ? 'no valid DKIM signature' : `DKIM d=${passing.join(', ')} not aligned`;
  return detail(
    { ...common, result: 'fail', reason: `From ${author}: ${spfWhy}; ${dkimWhy} (policy p=${rec.p} at _dmarc.${found.domain})` },
    rest,
  );
}

/** RFC 9989 DMARC result for a message. Never throws. */
export async function evaluateDmarc(input: DmarcInput, ctx: DmarcContext): Promise<DmarcOutcome> {
  try {
    return (await evaluateDmarcDetailed(input, ctx)).outcome;
  } catch (e) {
    return {
      result: 'temperror',
      fromDomain: String(input?.fromDomain ?? ''),
      policyDomain: null,
      policy: null,
      appliedPolicy: null,
      spfAligned: false,
      dkimAligned: false,
      alignment: null,
      testing: false,
      reason: `internal error: ${String(e)}`,
    };
  }
}
