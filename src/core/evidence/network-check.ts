/**
 * The shape of every network evidence check. A check says what it sends (`asks`, one sentence naming the DNS names or
 * HTTP requests, for the privacy documentation), asks the network (`ask`: raw answers only, no judgement), then judges
 * those answers (`judge`: findings and the check's state, pure). The runner (run-network-checks.ts) starts every
 * `ask` at once, judges in registry order, and records a check that throws as `error`, never as a pass.
 * Adding a check: one new file exporting a `NetworkCheck` and one entry in evidence/registry.ts.
 */
import type { CheckState, Finding, Origin } from '../model/index.js';
import type { DomainReputation } from '../model/reputation.js';
import type { Catalog } from '../i18n/format.js';
import type { Ask } from './lookup.js';
import type { AsnInfo } from './cymru.js';
import type { Lookup } from './lookup.js';
import type { DnsblList } from './dnsbl-lists.js';
import type { RdapClient } from './rdap/client.js';
import type { UrlReputationClient } from './safe-browsing.js';

/** A registrable domain the message names, and where it named it. */
export interface MessageDomain {
  domain: string;
  roles: ReadonlyArray<'from' | 'reply-to' | 'return-path' | 'link'>;
}

/** What a check reads about the message (already cleaned and bounded by the runner). */
export interface NetworkCheckInput {
  /** The origin found in the Received chain, or null (then only `needs: 'message'` checks run). */
  origin: Origin | null;
  /** The origin IP in canonical form, or null when the Received chain gave none. */
  ip: string | null;
  /** From and Return-Path domains, cleaned (for the origin-infrastructure comparison). */
  senderDomains: readonly string[];
  heloName: string | null;
  /** Link hosts (names or bracketed IP literals), cleaned, at most MAX_LINK_HOSTS. */
  linkHosts: readonly string[];
  /** Registrable domains of From, Reply-To, Return-Path and every link target, at most MAX_REPUTATION_DOMAINS. */
  domains: readonly MessageDomain[];
  /** The message's Date in ms since the epoch, or null when absent/unparseable. */
  messageDate: number | null;
  /** Full http(s) target URLs of the links (after unwrapping), for URL reputation. */
  linkUrls: readonly string[];
}

/** Effects and settings a check may use (injected; the core stays pure). */
export interface NetworkEffects {
  /** DNS through the message's budgeted resolver, memoised per message; never rejects. */
  ask: Ask;
  /** Team Cymru origin lookup, shared so the origin and link hosts ask each address once. */
  asnOf: (ip: string) => Promise<Lookup<AsnInfo | null>>;
  /** RDAP registration lookups, or null when RDAP is off (setting, offline, no client). */
  rdap: RdapClient | null;
  /** URL reputation with the user's own key (Safe Browsing), or null when no key is set. */
  urlReputation: UrlReputationClient | null;
  /** DNS blocklists the user enabled (RFC 5782), IP and domain lists. */
  dnsbl: readonly DnsblList[];
  now: () => number;
  /** Epoch ms after which nothing may still be waiting (the message's time budget). */
  deadline: number;
}

/** A check's verdict on its own answers. */
export interface Judgement {
  findings: Finding[];
  /** Zero or more check states (a check that does not apply may say nothing, e.g. no links to resolve). */
  states: CheckState[];
  /** Facts about the origin to merge into the report's Origin (PTR, ASN...). */
  origin?: Partial<Origin>;
  /** Per link host facts (addresses, ASN). */
  linkHosts?: Record<string, { ips: string[]; asn: number | null; asName: string | null }>;
  /** Per registrable domain facts (age, listings) for the report's reputation section. */
  domains?: DomainReputation[];
}

export interface NetworkCheck<A = unknown> {
  /** Check name in the report (`rdns`, `rdap`...). */
  name: string;
  /** One sentence: exactly what the check sends and to whom (names the DNS queries or HTTP requests). */
  asks: string;
  /** Finding ids the check may produce. */
  produces: readonly string[];
  /**
   * `origin`: runs only when the Received chain gave an origin (the origin checks have nothing to say otherwise);
   * `message`: runs for every message (domains from the headers and links).
   */
  needs: 'origin' | 'message';
  /** Its texts, when it brings its own (joined into the i18n catalog through the registry). */
  messages?: Catalog;
  ask(input: NetworkCheckInput, net: NetworkEffects): Promise<A>;
  judge(answers: A, input: NetworkCheckInput): Judgement;
}

/** A finding with the conventional message key. */
export function finding(
  id: string,
  severity: Finding['severity'],
  params: Finding['params'],
  evidence: Finding['evidence'],
  messageKey = `finding.${id}`,
): Finding {
  return { id, severity, messageKey, params, evidence };
}

/** The state of a check from one Lookup (or `skipped` with a reason when there was nothing to look up). */
export function stateOf(name: string, l: Lookup<unknown> | null, doneReason: string | null = null): CheckState {
  if (l === null) return { name, status: 'skipped', reason: doneReason };
  if (l.offline) return { name, status: 'skipped', reason: 'offline' };
  if (l.temporary) return { name, status: 'unavailable', reason: l.problem ?? 'DNS lookup failed' };
  return { name, status: 'done', reason: doneReason };
}
