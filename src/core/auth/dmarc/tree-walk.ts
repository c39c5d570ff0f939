/**
 * DMARC DNS Tree Walk (RFC 9989 section 4.10): policy discovery (4.10.1) and Organizational Domain
 * determination (4.10.2), sharing one per-evaluation cache of `_dmarc` lookups.
 */
import type { Resolver } from '../../dns/types.js';
import { isTemporary } from '../../dns/types.js';
import { isDmarcRecord, parseDmarcRecord, type DmarcRecord } from './record.js';

/** 4.10: a walk makes at most 8 queries. */
export const MAX_WALK_QUERIES = 8;
/** Cap on `_dmarc` queries per evaluation (author + SPF + DKIM walks); past it lookups count as temporary. */
export const MAX_DMARC_QUERIES = 40;

export type DmarcLookup =
  | { kind: 'record'; record: DmarcRecord }
  /** No DMARC record (NXDOMAIN, NODATA, or only non-DMARC TXT). */
  | { kind: 'none' }
  /** Several v=DMARC1 records, or one unusable record (4.10 step 2: discard; no policy here). */
  | { kind: 'invalid'; why: string }
  | { kind: 'temp'; why: string };

/**
 * Names the walk queries, most specific first: the domain itself, then (if it has more than 7 labels)
 * straight to its last 7 labels, then one label less each time down to the TLD (4.10: at most 8 queries).
 */
export function walkNames(domain: string): string[] {
  const labels = domain.split('.').filter((l) => l !== '');
  if (labels.length === 0) return [];
  const out = [labels.join('.')];
  let n = Math.min(labels.length - 1, MAX_WALK_QUERIES - 1);
  for (; n >= 1 && out.length < MAX_WALK_QUERIES; n--) out.push(labels.slice(labels.length - n).join('.'));
  return out;
}

export class DmarcDns {
  private readonly cache = new Map<string, Promise<DmarcLookup>>();
  queries = 0;

  constructor(private readonly resolver: Resolver) {}

  /** TXT lookup at `_dmarc.<domain>`, selected and parsed (4.10 steps 1-2). Cached per evaluation. */
  lookup(domain: string): Promise<DmarcLookup> {
    let p = this.cache.get(domain);
    if (!p) {
      p = this.fetch(domain);
      this.cache.set(domain, p);
    }
    return p;
  }

  private async fetch(domain: string): Promise<DmarcLookup> {
    if (this.queries >= MAX_DMARC_QUERIES) return { kind: 'temp', why: `more than ${MAX_DMARC_QUERIES} DMARC queries` };
    this.queries++;
    const name = `_dmarc.${domain}`;
    let res;
    try {
      res = await this.resolver.query(name, 'TXT');
    } catch (e) {
      return { kind: 'temp', why: `TXT ${name}: ${String(e)}` };
    }
    // Temporary DNS failures are "could not verify" (RFC 9989 4.10: temperror), never "no record".
    if (isTemporary(res.status)) return { kind: 'temp', why: `TXT ${name}: ${res.status}` };
    if (res.status !== 'ok') return { kind: 'none' };
    const texts = res.records.flatMap((r) => (r.type === 'TXT' ? [r.strings.join('')] : []));
    const dmarc = texts.filter(isDmarcRecord);
    if (dmarc.length === 0) return { kind: 'none' };
    // 4.10 step 2: more than one DMARC record -> the set is discarded.
    if (dmarc.length > 1) return { kind: 'invalid', why: `${name} publishes ${dmarc.length} DMARC records` };
    const parsed = parseDmarcRecord(dmarc[0] ?? '');
    if (!parsed.ok) return { kind: 'invalid', why: `${name}: ${parsed.error}` };
    return { kind: 'record', record: parsed.record };
  }
}

export type PolicyDiscovery =
  { kind: 'found'; domain: string; record: DmarcRecord } | { kind: 'none'; why: string } | { kind: 'temp'; why: string };

/** 4.10.1: the first usable record on the walk from the Author Domain up is the policy record. */
export async function discoverPolicy(dns: DmarcDns, authorDomain: string): Promise<PolicyDiscovery> {
  for (const name of walkNames(authorDomain)) {
    const r = await dns.lookup(name);
    if (r.kind === 'temp') return r;
    if (r.kind === 'record') return { kind: 'found', domain: name, record: r.record };
    // A discarded record set ends discovery: the policy of a parent is not inherited (4.10 step 2).
    if (r.kind === 'invalid') return { kind: 'none', why: r.why };
  }
  return { kind: 'none', why: `no DMARC record for ${authorDomain} or its parents` };
}

export type OrgDomainResult = { kind: 'ok'; domain: string } | { kind: 'temp'; why: string };

/**
 * 4.10.2 Organizational Domain: walking up from `domain`, a record with psd=n marks the Organizational
 * Domain itself; a record with psd=y marks a public suffix, and the Organizational Domain is the name one
 * label below it; otherwise it is the name with the fewest labels that has a valid DMARC record, and
 * `domain` itself when no record is found.
 */
export async function organizationalDomain(dns: DmarcDns, domain: string): Promise<OrgDomainResult> {
  const names = walkNames(domain);
  let best: string | null = null;
  for (const name of names) {
    const r = await dns.lookup(name);
    if (r.kind === 'temp') return r;
    if (r.kind !== 'record') continue;
    if (r.record.psd === 'n') return { kind: 'ok', domain: name };
    if (r.record.psd === 'y') {
      if (name === domain) return { kind: 'ok', domain };
      const labels = domain.split('.');
      return { kind: 'ok', domain: labels.slice(labels.length - name.split('.').length - 1).join('.') };
    }
    best = name;
  }
  return { kind: 'ok', domain: best ?? domain };
}
