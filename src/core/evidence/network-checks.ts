import type { Finding } from '../model/finding.js';
import type { AuthSummary, SpfOutcome, DkimOutcome, ArcOutcome, DmarcOutcome } from '../model/auth.js';
import type { CheckState } from '../model/report.js';
import type { Origin } from '../model/hop.js';
import type { LinkInfo } from '../model/link.js';
import type { Resolver } from '../dns/types.js';
import type { CryptoLike } from '../deps.js';
import { spfForMessage } from '../auth/spf/index.js';
import { evaluateDmarc } from '../auth/dmarc/index.js';
import { verifyDkim } from '../auth/dkim/index.js';
import { verifyArc } from '../auth/arc/index.js';
import { gatherNetworkEvidence } from './index.js';
import { domainOfAddress } from '../net/registrable.js';
import type { AnalysisContext } from '../pipeline/context.js';
import type { DomainReputation } from '../model/reputation.js';
import type { RdapClient } from './rdap/client.js';
import type { UrlReputationClient } from './safe-browsing.js';
import { messageDomains, messageDateMs } from './message-domains.js';

export interface NetworkOutcome {
  spf: SpfOutcome | null;
  dkim: DkimOutcome[];
  dmarc: DmarcOutcome | null;
  arc: ArcOutcome | null;
  origin: Origin | null;
  links: LinkInfo[];
  findings: Finding[];
  checks: CheckState[];
  /** Age and listings per sender/link domain (empty when no reputation check ran). */
  reputation: DomainReputation[];
}

/** RFC 9989 4.10 looks at most 8 names per walk: `_dmarc.` + the domain and each parent, down to the TLD. */
const DMARC_WALK_MAX = 8;
export function dmarcWalkNames(domains: readonly (string | null)[]): string[] {
  const out = new Set<string>();
  for (const d of domains) {
    if (!d || !d.includes('.')) continue;
    const labels = d.toLowerCase().replace(/\.$/, '').split('.');
    for (let i = 0; i < labels.length && i < DMARC_WALK_MAX; i++) out.add(`_dmarc.${labels.slice(i).join('.')}`);
  }
  return [...out];
}

const unavailable = (name: string, reason: string): CheckState => ({ name, status: 'unavailable', reason });
const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Runs a check, turning any unexpected exception into an `error` check state instead of failing the analysis. */
async function guarded<T>(name: string, checks: CheckState[], fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (e) {
    checks.push({ name, status: 'error', reason: describe(e) });
    return null;
  }
}

/** A temperror/permerror result means the check could not verify: say so in the check list. */
function stateOf(name: string, result: string | undefined): CheckState {
  if (result === 'temperror') return unavailable(name, 'temporary DNS failure');
  if (result === 'permerror') return { name, status: 'done', reason: 'permanent error in the published record' };
  return { name, status: 'done', reason: null };
}

/**
 * Everything that needs DNS. Independent checks run in parallel (SPF, DKIM, ARC, network evidence);
 * DMARC waits only for SPF and DKIM. The resolver passed in is already budgeted and cached per message.
 */
export async function networkChecks(
  ctx: AnalysisContext,
  deps: {
    resolver: Resolver;
    crypto: CryptoLike;
    now: () => number;
    rdap?: RdapClient | null;
    urlReputation?: UrlReputationClient | null;
    dnsbl?: readonly string[];
    deadline?: number;
  },
): Promise<NetworkOutcome> {
  const { msg, origin } = ctx;
  const checks: CheckState[] = [];
  const dnsCtx = { resolver: deps.resolver, crypto: deps.crypto, now: deps.now };
  // A From "domain" without a dot (`root@ubuntu-s-1vcpu`) is no Internet domain: nothing to ask DNS about.
  const fromDomain = msg.from?.domain && msg.from.domain.includes('.') ? msg.from.domain : null;
  const returnPathDomain = domainOfAddress(msg.returnPath);

  const spfP = origin?.ip
    ? guarded('spf', checks, () =>
        spfForMessage(
          { ip: origin.ip!, mailFrom: msg.returnPath, helo: origin.helo },
          { resolver: deps.resolver, limits: { maxLookups: ctx.limits.spfMaxLookups, maxVoidLookups: ctx.limits.spfMaxVoidLookups } },
        ),
      )
    : Promise.resolve(null);
  const dkimP = guarded('dkim', checks, () =>
    verifyDkim(
      { raw: msg.raw, headers: msg.headers, bodyOffset: msg.bodyOffset },
      { ...dnsCtx, limits: { maxSignatures: ctx.limits.maxDkimSignatures } },
    ),
  );
  const arcP = guarded('arc', checks, () => verifyArc({ raw: msg.raw, headers: msg.headers, bodyOffset: msg.bodyOffset }, dnsCtx));
  // Without an origin only the message-level checks (domain reputation) run, and only when the settings enable one.
  const reputationOn = !!deps.rdap || !!deps.urlReputation || (deps.dnsbl ?? []).length > 0;
  const netP =
    origin || reputationOn
      ? guarded('network', checks, () =>
          gatherNetworkEvidence(
            {
              origin,
              fromDomain,
              returnPathDomain,
              heloName: origin?.helo ?? null,
              linkHosts: [...new Set(ctx.links.map((l) => l.hostAscii).filter((h): h is string => !!h))],
              domains: reputationOn ? messageDomains(ctx) : [],
              messageDate: messageDateMs(msg.date),
              linkUrls: deps.urlReputation ? [...new Set(ctx.links.map((l) => l.target))] : [],
            },
            {
              resolver: deps.resolver,
              rdap: deps.rdap ?? null,
              urlReputation: deps.urlReputation ?? null,
              dnsbl: deps.dnsbl ?? [],
              now: deps.now,
              ...(deps.deadline !== undefined ? { deadline: deps.deadline } : {}),
            },
          ),
        )
      : Promise.resolve(null);

  // DMARC needs the SPF and DKIM results, but not to find records: its tree walks (RFC 9989 4.10) over the From
  // and envelope domains ask `_dmarc.` at each of their parents. Ask those now, alongside SPF, so the evaluation
  // after SPF's include chain finds them in the per-message memo instead of adding round trips.
  for (const name of dmarcWalkNames([fromDomain, returnPathDomain])) void deps.resolver.query(name, 'TXT').catch(() => undefined);
  const [spf, dkim] = await Promise.all([spfP, dkimP]);
  const dmarcP = fromDomain
    ? guarded('dmarc', checks, () => evaluateDmarc({ fromDomain, spf, dkim: dkim ?? [] }, { resolver: deps.resolver }))
    : Promise.resolve(null);
  const [arc, net, dmarc] = await Promise.all([arcP, netP, dmarcP]);

  if (!origin?.ip) checks.push({ name: 'spf', status: 'skipped', reason: 'no origin IP found in the Received chain' });
  else if (spf) checks.push(stateOf('spf', spf.result));
  if (dkim)
    checks.push(
      dkim.some((d) => d.result === 'temperror')
        ? unavailable('dkim', 'temporary DNS failure')
        : { name: 'dkim', status: 'done', reason: null },
    );
  if (dmarc) checks.push(stateOf('dmarc', dmarc.result));
  else if (!fromDomain) checks.push({ name: 'dmarc', status: 'skipped', reason: 'no From domain that DNS could know' });
  if (arc) checks.push(stateOf('arc', arc.result));
  if (net) checks.push(...net.checks);

  const links = ctx.links.map((l) => {
    const info = l.hostAscii ? net?.linkHostInfo[l.hostAscii] : undefined;
    return info ? { ...l, ips: info.ips, asn: info.asn, asName: info.asName } : l;
  });
  return {
    spf,
    dkim: dkim ?? [],
    dmarc,
    arc,
    origin: net?.origin ?? origin,
    links,
    findings: net?.findings ?? [],
    checks,
    reputation: net?.reputation ?? [],
  };
}

export function emptyAuth(): AuthSummary {
  return { spf: null, dkim: [], dmarc: null, arc: null, receiver: [], ignoredReceiverHeaders: [] };
}
