/**
 * DNS access for one SPF evaluation: normalises answers, validates names before asking, and keeps the
 * RFC 7208 4.6.4 counters (DNS-querying terms, void lookups).
 */
import type { DnsRecord, Resolver, RRType } from '../../dns/types.js';
import { isTemporary } from '../../dns/types.js';

export type Lookup<T> =
  | { kind: 'ok'; values: T[] }
  /** NXDOMAIN or NODATA (a "void" answer, 4.6.4). */
  | { kind: 'void'; nxdomain: boolean }
  /** SERVFAIL, timeout, transport error, offline: temperror (2.6.7). */
  | { kind: 'temp'; detail: string };

/** Thrown inside the evaluator only (caught by checkHost, never escapes a public function). */
export class SpfAbort extends Error {
  constructor(
    readonly result: 'permerror' | 'temperror',
    readonly why: string,
  ) {
    super(why);
  }
}

/** 4.3 / RFC 1035 2.3.4: labels 1..63 octets, whole name <= 253. */
export function isValidQueryName(name: string): boolean {
  const n = name.endsWith('.') ? name.slice(0, -1) : name;
  if (n === '' || n.length > 253) return false;
  return n.split('.').every((l) => l.length > 0 && l.length <= 63);
}

export class SpfDns {
  lookups = 0;
  voidLookups = 0;

  constructor(
    private readonly resolver: Resolver,
    private readonly maxLookups: number,
    private readonly maxVoid: number,
  ) {}

  /** 4.6.4: each include/a/mx/ptr/exists/redirect term counts; more than the limit is permerror. */
  countTerm(term: string): void {
    this.lookups++;
    if (this.lookups > this.maxLookups) {
      throw new SpfAbort('permerror', `more than ${this.maxLookups} DNS-querying terms (RFC 7208 4.6.4) at "${term}"`);
    }
  }

  /** 4.6.4: more than the configured number of void lookups is permerror. */
  countVoid(term: string): void {
    this.voidLookups++;
    if (this.voidLookups > this.maxVoid) {
      throw new SpfAbort('permerror', `more than ${this.maxVoid} void DNS lookups (RFC 7208 4.6.4) at "${term}"`);
    }
  }

  private async ask(name: string, type: RRType): Promise<Lookup<DnsRecord>> {
    // Names with empty or over-long labels are never sent; such a name cannot exist (RFC 1035 2.3.4).
    if (!isValidQueryName(name)) return { kind: 'void', nxdomain: true };
    let res;
    try {
      res = await this.resolver.query(name, type);
    } catch (e) {
      return { kind: 'temp', detail: `resolver error: ${String(e)}` };
    }
    if (isTemporary(res.status)) return { kind: 'temp', detail: `${type} ${name}: ${res.status}` };
    if (res.status === 'nxdomain') return { kind: 'void', nxdomain: true };
    const recs = res.records.filter((r) => r.type === type);
    if (res.status === 'nodata' || recs.length === 0) return { kind: 'void', nxdomain: false };
    return { kind: 'ok', values: recs };
  }

  async txt(name: string): Promise<Lookup<string>> {
    const r = await this.ask(name, 'TXT');
    if (r.kind !== 'ok') return r;
    return { kind: 'ok', values: r.values.flatMap((x) => (x.type === 'TXT' ? [x.strings.join('')] : [])) };
  }

  async addresses(name: string, family: 4 | 6): Promise<Lookup<string>> {
    const r = await this.ask(name, family === 4 ? 'A' : 'AAAA');
    if (r.kind !== 'ok') return r;
    return { kind: 'ok', values: r.values.flatMap((x) => (x.type === 'A' || x.type === 'AAAA' ? [x.data] : [])) };
  }

  async mx(name: string): Promise<Lookup<{ preference: number; exchange: string }>> {
    const r = await this.ask(name, 'MX');
    if (r.kind !== 'ok') return r;
    return { kind: 'ok', values: r.values.flatMap((x) => (x.type === 'MX' ? [{ preference: x.preference, exchange: x.exchange }] : [])) };
  }

  async ptr(name: string): Promise<Lookup<string>> {
    const r = await this.ask(name, 'PTR');
    if (r.kind !== 'ok') return r;
    return { kind: 'ok', values: r.values.flatMap((x) => (x.type === 'PTR' ? [x.data] : [])) };
  }
}
