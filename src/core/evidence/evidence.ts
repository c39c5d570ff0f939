/**
 * Network evidence about where a message came from and what it names: origin IP vs the sender's published hosts,
 * reverse DNS with forward confirmation, HELO, ASN/prefix/registry country (Team Cymru) for the origin and every link
 * host, and the reputation checks the settings enable (DNS blocklists, RDAP domain age). Each is a `NetworkCheck` in
 * evidence/registry.ts, run by run-network-checks.ts: independent questions are asked in parallel, so the critical
 * DNS path is the longest dependency chain (3 round trips: MX -> MX host A; PTR -> PTR name A; link A -> Cymru origin
 * -> AS name). Temporary failures make a check 'unavailable', never a pass; nothing here rejects.
 */
import type { CheckState, Finding, Origin } from '../model/index.js';
import type { DomainReputation } from '../model/reputation.js';
import type { Resolver } from '../dns/types.js';
import { normalizeIp } from '../dns/ip.js';
import { createAsnLookup } from './cymru.js';
import { dnsblFromSpec, MAX_DNSBLS, type DnsblList } from './dnsbl-lists.js';
import { cleanHost, memoAsk } from './lookup.js';
import type { MessageDomain } from './network-check.js';
import type { RdapClient } from './rdap/client.js';
import type { UrlReputationClient } from './safe-browsing.js';
import { runNetworkChecks } from './run-network-checks.js';

export interface NetworkEvidenceInput {
  origin: Origin;
  fromDomain: string | null;
  returnPathDomain: string | null;
  heloName: string | null;
  linkHosts: string[];
  /** Registrable domains for the reputation checks (From, Reply-To, Return-Path, links). */
  domains?: MessageDomain[];
  /** The message's Date (ms), for domain age. */
  messageDate?: number | null;
  /** Link target URLs (http/https), for URL reputation. */
  linkUrls?: string[];
}

/** The same, for a message whose Received chain gave no origin (only message-level checks run). */
export type AnyOriginInput = Omit<NetworkEvidenceInput, 'origin'> & { origin: Origin | null };

export interface NetworkEvidenceContext {
  resolver: Resolver;
  /** DNS blocklists: known ids/zones, `ip:ZONE`, `domain:ZONE`, or parsed lists (off when empty; at most 5 used). */
  dnsbl?: ReadonlyArray<string | DnsblList>;
  /** RDAP client (off when absent). */
  rdap?: RdapClient | null;
  /** URL reputation client (off when absent). */
  urlReputation?: UrlReputationClient | null;
  now?: () => number;
  /** Epoch ms by which every check must have given up (default: now + 5 s). */
  deadline?: number;
}

export interface LinkHostInfo {
  ips: string[];
  asn: number | null;
  asName: string | null;
}

export interface NetworkEvidence {
  origin: Origin | null;
  findings: Finding[];
  checks: CheckState[];
  linkHostInfo: Record<string, LinkHostInfo>;
  reputation: DomainReputation[];
}

/** Link hosts resolved per message (untrusted message content drives these). */
export const MAX_LINK_HOSTS = 20;
/** Registrable domains given to the reputation checks per message. */
export const MAX_REPUTATION_DOMAINS = 20;

async function gather(input: AnyOriginInput, ctx: NetworkEvidenceContext): Promise<NetworkEvidence> {
  const ask = memoAsk(ctx.resolver);
  // Without a clock (tests of the DNS checks), domain age has no reference and the deadline is the checks' own timeouts.
  const now = ctx.now ?? (() => 0);
  const ip = input.origin?.ip ? normalizeIp(input.origin.ip) : null;
  const senderDomains = [...new Set([input.fromDomain, input.returnPathDomain].map(cleanHost).filter((d): d is string => d !== null))];
  const linkHosts = [
    ...new Set(
      input.linkHosts.map((h) => h.toLowerCase()).filter((h) => cleanHost(h) !== null || normalizeIp(h.replace(/^\[|\]$/g, '')) !== null),
    ),
  ].slice(0, MAX_LINK_HOSTS);
  const lists: DnsblList[] = [];
  for (const l of ctx.dnsbl ?? []) {
    const list = typeof l === 'string' ? dnsblFromSpec(l) : l;
    if (list && !lists.some((x) => x.zone === list.zone)) lists.push(list);
  }
  const domains = (input.domains ?? [])
    .filter((d) => cleanHost(d.domain) !== null && d.domain.includes('.'))
    .slice(0, MAX_REPUTATION_DOMAINS);
  const out = await runNetworkChecks(
    {
      origin: input.origin,
      ip,
      senderDomains,
      heloName: input.heloName,
      linkHosts,
      domains,
      messageDate: input.messageDate ?? null,
      linkUrls: (input.linkUrls ?? []).filter((u) => /^https?:\/\//i.test(u) && u.length <= 2048).slice(0, 50),
    },
    {
      ask,
      asnOf: createAsnLookup(ask),
      rdap: ctx.rdap ?? null,
      urlReputation: ctx.urlReputation ?? null,
      dnsbl: lists.slice(0, MAX_DNSBLS),
      now,
      deadline: ctx.deadline ?? Number.POSITIVE_INFINITY,
    },
  );
  return out;
}

/** Never rejects: an unexpected internal error marks every network check unavailable. */
export async function gatherNetworkEvidence(
  input: NetworkEvidenceInput,
  ctx: NetworkEvidenceContext,
): Promise<NetworkEvidence & { origin: Origin }>;
export async function gatherNetworkEvidence(input: AnyOriginInput, ctx: NetworkEvidenceContext): Promise<NetworkEvidence>;
export async function gatherNetworkEvidence(input: AnyOriginInput, ctx: NetworkEvidenceContext): Promise<NetworkEvidence> {
  try {
    return await gather(input, ctx);
  } catch (e) {
    const reason = `internal error: ${e instanceof Error ? e.message : String(e)}`;
    return {
      origin: input.origin,
      findings: [],
      linkHostInfo: {},
      reputation: [],
      checks: ['origin-infra', 'rdns', 'helo', 'asn'].map((name) => ({ name, status: 'unavailable' as const, reason })),
    };
  }
}
