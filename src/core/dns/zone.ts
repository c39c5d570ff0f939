/**
 * The zone fixture format (/work/shared/samples/README.md): owner name -> record sets, with TIMEOUT markers.
 * parseZone validates untrusted JSON and never throws.
 */
import type { DnsRecord, RRType } from './types.js';
import { parseIPv4, parseIPv6 } from './ip.js';
import { nameToLabels } from './wire/name.js';

export interface ZoneNode {
  /** Every query for this name times out. */
  timeout: boolean;
  /** Types that time out alone. */
  timeoutTypes: Set<RRType>;
  records: DnsRecord[];
}

export type Zone = Map<string, ZoneNode>;

/** Fixture TTL for every record and negative answer. */
export const FIXTURE_TTL = 300;
/** Bounds on fixture size (they are test data, but parsed from untrusted JSON all the same). */
const MAX_NAMES = 100_000;
const MAX_RECORDS_PER_SET = 1000;

const SIMPLE: ReadonlyArray<'A' | 'AAAA' | 'PTR' | 'NS' | 'CNAME'> = ['A', 'AAAA', 'PTR', 'NS', 'CNAME'];

export function normalizeName(n: string): string {
  return (n.endsWith('.') ? n.slice(0, -1) : n).toLowerCase();
}

function validName(n: string): boolean {
  try {
    nameToLabels(n);
    return true;
  } catch {
    return false;
  }
}

type Parsed = { ok: true; zone: Zone } | { ok: false; error: string };

function parseSet(owner: string, type: string, value: unknown, node: ZoneNode): string | null {
  if (value === 'TIMEOUT') {
    if (!(SIMPLE as readonly string[]).includes(type) && type !== 'MX' && type !== 'TXT' && type !== 'SOA')
      return `${owner}: unknown type ${type}`;
    node.timeoutTypes.add(type as RRType);
    return null;
  }
  if (!(SIMPLE as readonly string[]).includes(type) && type !== 'MX' && type !== 'TXT') return `${owner}: unknown type ${type}`;
  if (!Array.isArray(value)) return `${owner} ${type}: expected an array`;
  if (value.length > MAX_RECORDS_PER_SET) return `${owner} ${type}: more than ${MAX_RECORDS_PER_SET} records`;
  const head = { name: owner, ttl: FIXTURE_TTL };
  for (const v of value as unknown[]) {
    if ((SIMPLE as readonly string[]).includes(type)) {
      if (typeof v !== 'string') return `${owner} ${type}: expected strings`;
      if (type === 'A' && !parseIPv4(v)) return `${owner} A: bad address ${v}`;
      if (type === 'AAAA' && !parseIPv6(v)) return `${owner} AAAA: bad address ${v}`;
      if (type !== 'A' && type !== 'AAAA' && !validName(v)) return `${owner} ${type}: bad name ${v}`;
      node.records.push({ type: type as (typeof SIMPLE)[number], ...head, data: type === 'A' || type === 'AAAA' ? v : normalizeName(v) });
    } else if (type === 'MX') {
      if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'number' || typeof v[1] !== 'string')
        return `${owner} MX: expected [preference, exchange]`;
      const pref = v[0];
      if (!Number.isInteger(pref) || pref < 0 || pref > 0xffff || !validName(v[1])) return `${owner} MX: bad value`;
      node.records.push({ type: 'MX', ...head, preference: pref, exchange: normalizeName(v[1]) });
    } else if (type === 'TXT') {
      if (!Array.isArray(v) || !v.every((s): s is string => typeof s === 'string')) return `${owner} TXT: expected arrays of strings`;
      node.records.push({ type: 'TXT', ...head, strings: [...v] });
    } else {
      return `${owner}: unknown type ${type}`;
    }
  }
  return null;
}

export function parseZone(input: unknown): Parsed {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, error: 'zone must be a JSON object' };
  const zone: Zone = new Map();
  const entries = Object.entries(input as Record<string, unknown>);
  if (entries.length > MAX_NAMES) return { ok: false, error: `more than ${MAX_NAMES} names` };
  for (const [rawName, sets] of entries) {
    if (rawName.startsWith('_comment')) continue;
    const owner = normalizeName(rawName);
    if (!validName(owner)) return { ok: false, error: `bad owner name ${rawName}` };
    if (typeof sets !== 'object' || sets === null || Array.isArray(sets))
      return { ok: false, error: `${rawName}: expected an object of record sets` };
    const node = zone.get(owner) ?? { timeout: false, timeoutTypes: new Set<RRType>(), records: [] };
    for (const [type, value] of Object.entries(sets as Record<string, unknown>)) {
      if (type === 'TIMEOUT') {
        node.timeout = value === true;
        continue;
      }
      const err = parseSet(owner, type, value, node);
      if (err) return { ok: false, error: err };
    }
    zone.set(owner, node);
  }
  return { ok: true, zone };
}
