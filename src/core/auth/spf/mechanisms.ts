/**
 * Evaluation of the SPF mechanisms (RFC 7208 section 5). Each returns whether the mechanism matches;
 * errors that end check_host() are raised as SpfAbort (caught by the driver, never escaping the module).
 */
import type { SpfResultWord } from '../../model/auth.js';
import { SpfAbort, type SpfDns } from './dns.js';
import { inCidr, parseIp, type IpAddr } from './ip.js';
import { expandMacro, truncateDomain, type MacroContext } from './macro.js';
import { isSameOrSub, stripDot, validatedNames } from './ptr.js';
import type { SpfMechanism } from './record.js';

/** 4.6.4: an mx mechanism may not look up more than 10 address records (more MX names -> permerror). */
export const MAX_MX_NAMES = 10;

export interface MechanismEnv {
  dns: SpfDns;
  ip: IpAddr;
  macros: MacroContext;
  /** Recursive check_host() for include (5.2). */
  checkHost: (domain: string) => Promise<{ result: SpfResultWord; reason: string }>;
}

/** Expands a domain-spec for a query (7.3 truncation); a syntax error here is permerror. */
export async function expandDomain(spec: string, macros: MacroContext, term: string): Promise<string> {
  const r = await expandMacro(spec, macros, false);
  if (!r.ok) throw new SpfAbort('permerror', `${r.error} in "${term}"`);
  const d = truncateDomain(r.value);
  return d.endsWith('.') ? d.slice(0, -1) : d;
}

function matchesAny(ip: IpAddr, addrs: string[], cidr4: number, cidr6: number): boolean {
  return addrs.some((a) => {
    const p = parseIp(a);
    return !!p && p.family === ip.family && inCidr(ip.bytes, p.bytes, ip.family === 4 ? cidr4 : cidr6);
  });
}

async function addressMatch(env: MechanismEnv, target: string, cidr4: number, cidr6: number, term: string): Promise<boolean> {
  // 5.3: A records for an IPv4 client, AAAA for IPv6.
  const r = await env.dns.addresses(target, env.ip.family);
  if (r.kind === 'temp') throw new SpfAbort('temperror', `DNS error in "${term}": ${r.detail}`);
  if (r.kind === 'void') {
    env.dns.countVoid(term);
    return false;
  }
  return matchesAny(env.ip, r.values, cidr4, cidr6);
}

async function mxMatch(env: MechanismEnv, target: string, cidr4: number, cidr6: number, term: string): Promise<boolean> {
  const mx = await env.dns.mx(target);
  if (mx.kind === 'temp') throw new SpfAbort('temperror', `DNS error in "${term}": ${mx.detail}`);
  if (mx.kind === 'void') {
    env.dns.countVoid(term);
    return false;
  }
  // 4.6.4: evaluating the MX records MUST NOT query more than 10 address records -> permerror.
  if (mx.values.length > MAX_MX_NAMES) {
    throw new SpfAbort('permerror', `"${term}": ${mx.values.length} MX records, more than ${MAX_MX_NAMES} (RFC 7208 4.6.4)`);
  }
  const hosts = [...mx.values].sort((a, b) => a.preference - b.preference).map((m) => stripDot(m.exchange));
  for (const host of hosts) {
    if (host === '') continue; // RFC 7505 null MX
    const r = await env.dns.addresses(host, env.ip.family);
    if (r.kind === 'temp') throw new SpfAbort('temperror', `DNS error in "${term}": ${r.detail}`);
    if (r.kind === 'ok' && matchesAny(env.ip, r.values, cidr4, cidr6)) return true;
  }
  return false;
}

/** Does `mech` match the client? (RFC 7208 5.1-5.7) */
export async function mechanismMatches(mech: SpfMechanism, env: MechanismEnv): Promise<boolean> {
  const term = mech.text;
  switch (mech.kind) {
    case 'all':
      return true; // 5.1
    case 'ip4':
    case 'ip6':
      // 5.6: ip4 only matches IPv4 clients, ip6 only IPv6 clients.
      return (mech.kind === 'ip4') === (env.ip.family === 4) && inCidr(env.ip.bytes, mech.network, mech.prefix);
    case 'a': {
      env.dns.countTerm(term);
      const target = mech.domain === null ? env.macros.domain : await expandDomain(mech.domain, env.macros, term);
      return addressMatch(env, target, mech.cidr4, mech.cidr6, term);
    }
    case 'mx': {
      env.dns.countTerm(term);
      const target = mech.domain === null ? env.macros.domain : await expandDomain(mech.domain, env.macros, term);
      return mxMatch(env, target, mech.cidr4, mech.cidr6, term);
    }
    case 'ptr': {
      env.dns.countTerm(term);
      const target = mech.domain === null ? env.macros.domain : await expandDomain(mech.domain, env.macros, term);
      const names = await validatedNames(env.dns, env.ip, () => env.dns.countVoid(term));
      return names.some((n) => isSameOrSub(n, target));
    }
    case 'exists': {
      env.dns.countTerm(term);
      const target = await expandDomain(mech.domain, env.macros, term);
      // 5.7: always an A query, whatever the client's address family.
      const r = await env.dns.addresses(target, 4);
      if (r.kind === 'temp') throw new SpfAbort('temperror', `DNS error in "${term}": ${r.detail}`);
      if (r.kind === 'void') {
        env.dns.countVoid(term);
        return false;
      }
      return true;
    }
    case 'include': {
      env.dns.countTerm(term);
      const target = await expandDomain(mech.domain, env.macros, term);
      const inner = await env.checkHost(target);
      // 5.2 table: pass -> match; fail/softfail/neutral -> no match; temperror -> temperror;
      // permerror or none -> permerror.
      switch (inner.result) {
        case 'pass':
          return true;
        case 'fail':
        case 'softfail':
        case 'neutral':
          return false;
        case 'temperror':
          throw new SpfAbort('temperror', `"${term}": ${inner.reason}`);
        case 'none':
          throw new SpfAbort('permerror', `"${term}": included domain ${target} has no SPF record (RFC 7208 5.2)`);
        default:
          throw new SpfAbort('permerror', `"${term}": ${inner.reason}`);
      }
    }
  }
}
