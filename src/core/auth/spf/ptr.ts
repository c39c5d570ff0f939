/**
 * Validated domain names of the client IP (RFC 7208 5.5), used by the ptr mechanism and the %{p} macro.
 */
import type { SpfDns } from './dns.js';
import { parseIp, type IpAddr } from './ip.js';
import { reverseName } from './ip.js';

/** 4.6.4: at most 10 PTR names are checked; the rest are ignored (not an error). */
export const MAX_PTR_NAMES = 10;

function sameIp(a: IpAddr, text: string): boolean {
  const b = parseIp(text);
  return !!b && b.family === a.family && b.bytes.every((x, i) => x === a.bytes[i]);
}

export function stripDot(name: string): string {
  return (name.endsWith('.') ? name.slice(0, -1) : name).toLowerCase();
}

/**
 * Returns the validated names (PTR name whose A/AAAA includes the IP). DNS errors on the PTR query make
 * the mechanism not match (5.5: "If a DNS error occurs while doing the PTR RR lookup, then this mechanism
 * fails to match"); errors on a name's address lookup skip that name.
 * `onVoid` is called when the PTR lookup itself is void (counts toward the void limit).
 */
export async function validatedNames(dns: SpfDns, ip: IpAddr, onVoid: (() => void) | null): Promise<string[]> {
  const ptr = await dns.ptr(reverseName(ip));
  if (ptr.kind === 'void') onVoid?.();
  if (ptr.kind !== 'ok') return [];
  const out: string[] = [];
  for (const name of ptr.values.slice(0, MAX_PTR_NAMES)) {
    const addrs = await dns.addresses(stripDot(name), ip.family);
    if (addrs.kind === 'ok' && addrs.values.some((a) => sameIp(ip, a))) out.push(stripDot(name));
  }
  return out;
}

/** True when `name` equals `target` or is a subdomain of it (case-insensitive, 5.5). */
export function isSameOrSub(name: string, target: string): boolean {
  const n = stripDot(name);
  const t = stripDot(target);
  return n === t || n.endsWith(`.${t}`);
}

/**
 * %{p} (7.3): a validated name equal to <domain>, else one that is a subdomain of it, else any validated
 * name, else "unknown". DNS errors simply give "unknown".
 */
export async function pMacroValue(dns: SpfDns, ip: IpAddr, domain: string): Promise<string> {
  const names = await validatedNames(dns, ip, null);
  const d = stripDot(domain);
  return names.find((n) => n === d) ?? names.find((n) => isSameOrSub(n, d)) ?? names[0] ?? 'unknown';
}
