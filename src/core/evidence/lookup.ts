/**
 * Shared DNS plumbing for network evidence: a per-call memo (each question asked once per message, even when two
 * checks need it) that never rejects, and address lookups that keep "no address" apart from "could not ask".
 */
import type { DnsResult, Resolver, RRType } from '../dns/types.js';
import { isTemporary } from '../dns/types.js';
import { errorResult } from '../dns/answer.js';
import { normalizeIp } from '../dns/ip.js';

export type Ask = (name: string, type: RRType) => Promise<DnsResult>;

export function memoAsk(resolver: Resolver): Ask {
  const memo = new Map<string, Promise<DnsResult>>();
  return (name, type) => {
    const key = `${name.toLowerCase()}|${type}`;
    let p = memo.get(key);
    if (!p) {
      try {
        p = resolver.query(name, type).catch((e: unknown) => errorResult(name, type, 'error', `resolver failed: ${String(e)}`));
      } catch (e) {
        p = Promise.resolve(errorResult(name, type, 'error', `resolver failed: ${String(e)}`));
      }
      memo.set(key, p);
    }
    return p;
  };
}

/** Outcome of a group of lookups: `temporary` when any answer was a temporary failure, `offline` when all were offline. */
export interface Lookup<T> {
  value: T;
  temporary: boolean;
  offline: boolean;
  /** First temporary failure, for the check's reason. */
  problem: string | null;
}

export function merge<T>(parts: Lookup<unknown>[], value: T): Lookup<T> {
  const bad = parts.find((p) => p.temporary);
  return {
    value,
    temporary: parts.some((p) => p.temporary),
    offline: parts.length > 0 && parts.every((p) => p.offline),
    problem: bad?.problem ?? null,
  };
}

export function fromResult<T>(r: DnsResult, value: T): Lookup<T> {
  const temporary = isTemporary(r.status);
  return {
    value,
    temporary,
    offline: r.status === 'offline',
    problem: temporary ? `${r.name} ${r.type}: ${r.status}${r.error ? ` (${r.error})` : ''}` : null,
  };
}

/** Addresses of one record set, canonicalized. */
export function addressesOf(r: DnsResult): string[] {
  const out: string[] = [];
  for (const rec of r.records) {
    if (rec.type !== 'A' && rec.type !== 'AAAA') continue;
    const ip = normalizeIp(rec.data);
    if (ip && !out.includes(ip)) out.push(ip);
  }
  return out;
}

/** A and AAAA of a host, asked in parallel. */
export async function hostAddresses(
  ask: Ask,
  host: string,
  families: ReadonlyArray<'A' | 'AAAA'> = ['A', 'AAAA'],
): Promise<Lookup<string[]>> {
  const results = await Promise.all(families.map((t) => ask(host, t)));
  const ips = results.flatMap(addressesOf);
  return merge(
    results.map((r) => fromResult(r, null)),
    [...new Set(ips)],
  );
}

/** Lower-case, no trailing dot; null unless a plausible host name (letters, digits, '-', '_', dots; <= 253). */
export function cleanHost(h: string | null): string | null {
  if (!h) return null;
  const s = (h.endsWith('.') ? h.slice(0, -1) : h).toLowerCase();
  if (s.length === 0 || s.length > 253) return null;
  if (!/^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/.test(s)) return null;
  if (s.split('.').some((l) => l.length > 63)) return null;
  return s;
}
