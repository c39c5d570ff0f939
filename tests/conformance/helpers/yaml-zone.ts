/**
 * In-memory zones for conformance and unit tests, implementing the core Resolver contract.
 *  - zoneFromYaml: the openspf/pyspf `zonedata` format (see /work/shared/conformance/HARNESS.md).
 *  - zoneFromJson: the samples `zone.json` format and the mailauth zoneResolver format.
 * Semantics: name present with the type = records; name present without it = NODATA; absent = NXDOMAIN;
 * TIMEOUT markers answer `timeout`; CNAME chains are followed (a loop answers `servfail`).
 */
import { createRequire } from 'node:module';
import type { DnsRecord, DnsResult, Resolver, RRType } from '../../../src/core/dns/types.js';

interface NameData {
  records: DnsRecord[];
  /** Types that time out (null = none); 'all' = every type without records. */
  timeout: Set<string> | 'all' | null;
  /** For YAML TIMEOUT: types listed (with RRs) before the marker do not time out. */
  timeoutExcept: Set<string> | null;
}

const MAX_CNAME_CHAIN = 10;

export function normName(name: string): string {
  return (name.endsWith('.') ? name.slice(0, -1) : name).toLowerCase();
}

export class MemoryZone implements Resolver {
  readonly log: { name: string; type: RRType }[] = [];
  constructor(private readonly names: Map<string, NameData>) {}

  private result(name: string, type: RRType, status: DnsResult['status'], records: DnsRecord[] = [], cnames: string[] = []): DnsResult {
    return { name, type, status, records, cnames, ad: false };
  }

  private timesOut(d: NameData, type: RRType): boolean {
    if (d.timeout === 'all') return true;
    if (d.timeout?.has(type)) return true;
    return d.timeoutExcept !== null && !d.timeoutExcept.has(type);
  }

  async query(name: string, type: RRType): Promise<DnsResult> {
    this.log.push({ name, type });
    const labels = normName(name).split('.');
    if (labels.some((l) => l.length > 63 || l === '')) return this.result(name, type, 'error', [], []);
    const cnames: string[] = [];
    let cur = normName(name);
    for (let hop = 0; hop <= MAX_CNAME_CHAIN; hop++) {
      const d = this.names.get(cur);
      if (!d) return this.result(name, type, 'nxdomain', [], cnames);
      const recs = d.records.filter((r) => r.type === type);
      if (recs.length > 0) return this.result(name, type, 'ok', recs, cnames);
      const cname = type === 'CNAME' ? undefined : d.records.find((r) => r.type === 'CNAME');
      if (cname && cname.type === 'CNAME') {
        cur = normName(cname.data);
        if (cnames.includes(cur)) return this.result(name, type, 'servfail', [], cnames);
        cnames.push(cur);
        continue;
      }
      if (this.timesOut(d, type)) return this.result(name, type, 'timeout', [], cnames);
      return this.result(name, type, 'nodata', [], cnames);
    }
    return this.result(name, type, 'servfail', [], cnames);
  }
}

function rec(type: string, name: string, value: unknown): DnsRecord | null {
  const ttl = 300;
  switch (type) {
    case 'A':
    case 'AAAA':
    case 'PTR':
    case 'CNAME':
    case 'NS':
      return { type, name, ttl, data: String(value) };
    case 'MX': {
      if (Array.isArray(value)) return { type: 'MX', name, ttl, preference: Number(value[0]), exchange: String(value[1]) };
      const v = value as { priority?: number; preference?: number; exchange?: string };
      return { type: 'MX', name, ttl, preference: Number(v.priority ?? v.preference ?? 0), exchange: String(v.exchange ?? '') };
    }
    case 'TXT':
      return { type: 'TXT', name, ttl, strings: Array.isArray(value) ? value.map(String) : [String(value)] };
    default:
      return null;
  }
}

/** openspf YAML `zonedata`: name -> list of `{TYPE: value}` or `TIMEOUT`. */
export function zoneFromYaml(zonedata: Record<string, unknown[]>): MemoryZone {
  const names = new Map<string, NameData>();
  for (const [rawName, entries] of Object.entries(zonedata ?? {})) {
    const name = normName(rawName);
    const list = Array.isArray(entries) ? entries : [];
    const hasTxt = list.some((e) => typeof e === 'object' && e !== null && 'TXT' in e);
    const data: NameData = names.get(name) ?? { records: [], timeout: null, timeoutExcept: null };
    const listed = new Set<string>();
    for (const e of list) {
      if (e === 'TIMEOUT') {
        data.timeoutExcept = new Set(listed);
        continue;
      }
      if (typeof e !== 'object' || e === null) continue;
      for (const [t, v] of Object.entries(e as Record<string, unknown>)) {
        let type = t.toUpperCase();
        if (type === 'SPF') {
          // Type 99 counts as TXT unless the name lists TXT entries (HARNESS.md).
          if (hasTxt) continue;
          type = 'TXT';
        }
        if (type === 'TXT' && v === 'NONE') continue; // name exists, no TXT
        const r = rec(type, name, v);
        if (r) {
          data.records.push(r);
          listed.add(type);
        }
      }
    }
    names.set(name, data);
  }
  return new MemoryZone(names);
}

/**
 * samples/zone.json (`TXT: [[chunks]]`, `MX: [[pref, host]]`, `TIMEOUT: true` or a type set to "TIMEOUT")
 * and mailauth's zoneResolver format (`MX: [{priority, exchange}]`). Keys starting with `_comment` are skipped.
 */
export function zoneFromJson(zone: Record<string, unknown>): MemoryZone {
  const names = new Map<string, NameData>();
  for (const [rawName, sets] of Object.entries(zone ?? {})) {
    if (rawName.startsWith('_comment')) continue;
    const name = normName(rawName);
    const data: NameData = { records: [], timeout: null, timeoutExcept: null };
    for (const [t, v] of Object.entries((sets ?? {}) as Record<string, unknown>)) {
      const type = t.toUpperCase();
      if (type === 'TIMEOUT') {
        if (v === true) data.timeout = 'all';
        continue;
      }
      if (v === 'TIMEOUT') {
        if (data.timeout === null) data.timeout = new Set();
        if (data.timeout !== 'all') data.timeout.add(type);
        continue;
      }
      for (const value of Array.isArray(v) ? v : []) {
        const r = rec(type, name, value);
        if (r) data.records.push(r);
      }
    }
    names.set(name, data);
  }
  return new MemoryZone(names);
}

/**
 * js-yaml `loadAll` (js-yaml ships no type declarations here; typed at this one boundary).
 * `options.json: true` gives last-key-wins on duplicated keys.
 */
export function yamlLoadAll(text: string, options?: { json?: boolean }): unknown[] {
  const y = createRequire(import.meta.url)('js-yaml') as YamlModule;
  const out: unknown[] = [];
  y.loadAll(text, (doc) => out.push(doc), options);
  return out;
}
interface YamlModule {
  loadAll(text: string, iterator: (doc: unknown) => void, options?: { json?: boolean }): void;
}
