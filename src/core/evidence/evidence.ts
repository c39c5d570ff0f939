/**
 * Network evidence about where a message came from: origin IP vs the sender's published hosts, reverse DNS with
 * forward confirmation, HELO, ASN/prefix/registry country (Team Cymru) for the origin and every link host, and
 * optional DNSBLs. Independent questions are asked in parallel, so the critical path is the longest dependency
 * chain (3 round trips: MX -> MX host A; PTR -> PTR name A; link A -> Cymru origin -> AS name).
 * Temporary DNS failures make a check 'unavailable', never a pass; nothing here rejects.
 */
import type { CheckState, Evidence, Finding, Origin } from '../model/index.js';
import type { Resolver } from '../dns/types.js';
import { normalizeIp } from '../dns/ip.js';
import { createAsnLookup } from './cymru.js';
import { checkDnsbl, MAX_DNSBLS } from './dnsbl.js';
import { checkHelo, checkRdns } from './fcrdns.js';
import { senderInfrastructure } from './infrastructure.js';
import { cleanHost, hostAddresses, memoAsk, type Lookup } from './lookup.js';

export interface NetworkEvidenceInput {
  origin: Origin;
  fromDomain: string | null;
  returnPathDomain: string | null;
  heloName: string | null;
  linkHosts: string[];
}

export interface NetworkEvidenceContext {
  resolver: Resolver;
  /** DNSBL zones to consult for the origin IP (off when empty/absent; at most 5 used). */
  dnsbl?: string[];
}

export interface LinkHostInfo {
  ips: string[];
  asn: number | null;
  asName: string | null;
}

export interface NetworkEvidence {
  origin: Origin;
  findings: Finding[];
  checks: CheckState[];
  linkHostInfo: Record<string, LinkHostInfo>;
}

/** Link hosts resolved per message and addresses kept per host (untrusted message content drives these). */
export const MAX_LINK_HOSTS = 20;
const MAX_IPS_PER_HOST = 8;

function check(name: string, l: Lookup<unknown> | null, doneReason: string | null = null): CheckState {
  if (l === null) return { name, status: 'skipped', reason: doneReason };
  if (l.offline) return { name, status: 'skipped', reason: 'offline' };
  if (l.temporary) return { name, status: 'unavailable', reason: l.problem ?? 'DNS lookup failed' };
  return { name, status: 'done', reason: doneReason };
}

function finding(id: string, severity: Finding['severity'], params: Finding['params'], evidence: Evidence[]): Finding {
  return { id, severity, messageKey: `finding.${id}`, params, evidence };
}

async function gatherLinks(hosts: string[], ask: ReturnType<typeof memoAsk>, asn: ReturnType<typeof createAsnLookup>) {
  const info: Record<string, LinkHostInfo> = {};
  const parts = await Promise.all(hosts.map(async (host): Promise<Lookup<unknown>> => {
    const literal = normalizeIp(host.replace(/^\[|\]$/g, ''));
    const addrs = literal ? { value: [literal], temporary: false, offline: false, problem: null } : await hostAddresses(ask, host);
    const ips = addrs.value.slice(0, MAX_IPS_PER_HOST);
    const first = ips.find((ip) => !ip.includes(':')) ?? ips[0];
    const a = first ? await asn(first) : null;
    info[host] = { ips, asn: a?.value?.asn ?? null, asName: a?.value?.asName ?? null };
    return { value: null, temporary: addrs.temporary || (a?.temporary ?? false), offline: addrs.offline, problem: addrs.problem ?? a?.problem ?? null };
  }));
  return { info, parts };
}

async function gather(input: NetworkEvidenceInput, ctx: NetworkEvidenceContext): Promise<NetworkEvidence> {
  const ask = memoAsk(ctx.resolver);
  const asnOf = createAsnLookup(ask);
  const ip = input.origin.ip ? normalizeIp(input.origin.ip) : null;
  const domains = [...new Set([input.fromDomain, input.returnPathDomain].map(cleanHost).filter((d): d is string => d !== null))];
  const linkHosts = [...new Set(input.linkHosts.map((h) => h.toLowerCase()).filter((h) => cleanHost(h) !== null || normalizeIp(h.replace(/^\[|\]$/g, '')) !== null))].slice(0, MAX_LINK_HOSTS);
  const lists = [...new Set((ctx.dnsbl ?? []).map(cleanHost).filter((d): d is string => d !== null))].slice(0, MAX_DNSBLS);

  // Every branch starts now; each awaits only its own dependencies.
  const [infra, rdns, helo, asn, links, dnsbl] = await Promise.all([
    ip && domains.length > 0 ? senderInfrastructure(ask, domains) : null,
    ip ? checkRdns(ask, ip) : null,
    ip && input.heloName ? checkHelo(ask, input.heloName, ip) : null,
    ip ? asnOf(ip) : null,
    gatherLinks(linkHosts, ask, asnOf),
    ip ? Promise.all(lists.map((l) => checkDnsbl(ask, ip, l))) : Promise.resolve([]),
  ]);

  const origin: Origin = { ...input.origin, claimedOriginatingIps: [...input.origin.claimedOriginatingIps] };
  const findings: Finding[] = [];
  const checks: CheckState[] = [];
  const ipEv: Evidence = { kind: 'ip', value: ip ?? '', label: 'origin' };

  // Origin vs sender infrastructure.
  if (!ip || !infra) {
    checks.push(check('origin-infra', null, !ip ? 'no origin IP' : 'no sender domain'));
  } else {
    const match = infra.value.find((h) => h.ips.includes(ip));
    const all = [...new Set(infra.value.flatMap((h) => h.ips))];
    if (match) {
      checks.push({ name: 'origin-infra', status: 'done', reason: null });
      findings.push(finding('origin-sender-infrastructure', 'info', { ip, host: match.host, domain: match.domain },
        [ipEv, { kind: 'host', value: match.host, label: `${match.via} of ${match.domain}` }]));
    } else if (infra.temporary || infra.offline) {
      checks.push(check('origin-infra', infra));
    } else if (all.length === 0) {
      checks.push({ name: 'origin-infra', status: 'done', reason: 'sender domains publish no address or MX records to compare' });
    } else {
      checks.push({ name: 'origin-infra', status: 'done', reason: null });
      findings.push(finding('origin-not-sender-infrastructure', 'low', { ip, domains: domains.join(', ') }, [
        ipEv,
        ...domains.map((d): Evidence => ({ kind: 'host', value: d, label: 'sender domain' })),
        { kind: 'dns', value: all.join(', '), label: `A/AAAA/MX of ${domains.join(', ')}` },
      ]));
    }
  }

  // Reverse DNS and forward confirmation.
  if (ip && rdns) {
    checks.push(check('rdns', rdns));
    if (!rdns.temporary && !rdns.offline) {
      origin.ptr = rdns.value.ptr;
      origin.fcrdns = rdns.value.fcrdns;
      if (rdns.value.ptr.length === 0) findings.push(finding('no-ptr', 'low', { ip }, [ipEv]));
      else if (rdns.value.fcrdns === false) {
        findings.push(finding('ptr-not-confirmed', 'low', { ip, ptr: rdns.value.ptr.join(', ') },
          [ipEv, ...rdns.value.ptr.map((p): Evidence => ({ kind: 'host', value: p, label: 'PTR' }))]));
      }
    } else if (rdns.value.ptr.length > 0) {
      origin.ptr = rdns.value.ptr;
    }
  } else checks.push(check('rdns', null, 'no origin IP'));

  // HELO.
  if (ip && helo && input.heloName) {
    checks.push(check('helo', helo));
    if (helo.value.matches === false) {
      findings.push(finding('helo-mismatch', 'low', { helo: input.heloName, ip }, [
        { kind: 'header', value: input.heloName, label: 'HELO' }, ipEv,
        ...(helo.value.addresses.length > 0 ? [{ kind: 'dns' as const, value: helo.value.addresses.join(', '), label: `A/AAAA of ${input.heloName}` }] : []),
      ]));
    }
  } else checks.push(check('helo', null, !ip ? 'no origin IP' : !input.heloName ? 'no HELO name' : 'HELO is not a domain name (judged offline)'));

  // ASN of the origin.
  if (ip && asn) {
    checks.push(check('asn', asn, asn.value ? null : 'no announcement found for the origin IP'));
    const a = asn.value;
    if (a) {
      Object.assign(origin, { asn: a.asn, asName: a.asName, prefix: a.prefix, country: a.country, registry: a.registry });
      findings.push(finding('origin-network', 'info', { ip, asn: a.asn, asName: a.asName ?? '?', prefix: a.prefix ?? '?', country: a.country ?? '?' },
        [ipEv, { kind: 'dns', value: `AS${a.asn} | ${a.prefix ?? ''} | ${a.country ?? ''} | ${a.registry ?? ''} | ${a.asName ?? ''}`, label: 'Team Cymru IP-to-ASN' }]));
    }
  } else checks.push(check('asn', null, 'no origin IP'));

  // Link hosts.
  if (linkHosts.length > 0) {
    const bad = links.parts.find((p) => p.temporary);
    checks.push(links.parts.every((p) => p.offline) ? check('link-dns', { value: null, temporary: false, offline: true, problem: null })
      : bad ? { name: 'link-dns', status: 'unavailable', reason: bad.problem ?? 'DNS lookup failed' } : { name: 'link-dns', status: 'done', reason: null });
  }

  // DNSBLs (only when enabled).
  if (ip && lists.length > 0) {
    const bad = dnsbl.find((d) => d.temporary || d.offline);
    checks.push(bad ? check('dnsbl', bad) : { name: 'dnsbl', status: 'done', reason: null });
    for (const d of dnsbl) {
      if (d.value.listed) {
        findings.push(finding('dnsbl-listed', 'medium', { ip, list: d.value.list, code: d.value.codes.join(', ') },
          [ipEv, { kind: 'dns', value: d.value.codes.join(', '), label: d.value.list }]));
      }
    }
  }

  return { origin, findings, checks, linkHostInfo: links.info };
}

/** Never rejects: an unexpected internal error marks every network check unavailable. */
export async function gatherNetworkEvidence(input: NetworkEvidenceInput, ctx: NetworkEvidenceContext): Promise<NetworkEvidence> {
  try {
    return await gather(input, ctx);
  } catch (e) {
    const reason = `internal error: ${e instanceof Error ? e.message : String(e)}`;
    return {
      origin: input.origin, findings: [], linkHostInfo: {},
      checks: ['origin-infra', 'rdns', 'helo', 'asn'].map((name) => ({ name, status: 'unavailable' as const, reason })),
    };
  }
}
