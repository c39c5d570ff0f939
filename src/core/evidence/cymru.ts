/**
 * Origin ASN, prefix and registry country via Team Cymru's IP-to-ASN DNS service
 * (`<reversed-ip>.origin.asn.cymru.com` / `origin6` TXT, `AS<n>.asn.cymru.com` TXT).
 * The country is where the address block is registered, not where the sender is.
 */
import type { DnsResult } from '../dns/types.js';
import { parseIp, reversedLabels } from '../dns/ip.js';
import { fromResult, type Ask, type Lookup } from './lookup.js';

export interface AsnInfo {
  asn: number;
  prefix: string | null;
  country: string | null;
  registry: string | null;
  asName: string | null;
}

/** AS names longer than this are cut (untrusted DNS text shown in the UI). */
const MAX_AS_NAME = 200;

export function cymruOriginName(ip: string): string | null {
  const p = parseIp(ip);
  if (!p) return null;
  return `${reversedLabels(p)}.${p.family === 4 ? 'origin' : 'origin6'}.asn.cymru.com`;
}

function txtValues(r: DnsResult): string[] {
  return r.records.flatMap((rec) => (rec.type === 'TXT' ? [rec.strings.join('')] : []));
}

function parseAsn(s: string): number | null {
  // Several origin ASNs may be listed ("8075 8068"); the first is reported.
  const first = s.trim().split(/\s+/)[0] ?? '';
  if (!/^[0-9]{1,10}$/.test(first)) return null;
  const n = Number(first);
  return n <= 0xffffffff ? n : null;
}

/** "8075 | 52.136.0.0/13 | US | arin | 2015-09-28"; the most specific prefix wins when several are listed. */
export function parseOriginTxt(values: string[]): Omit<AsnInfo, 'asName'> | null {
  let best: (Omit<AsnInfo, 'asName'> & { bits: number }) | null = null;
  for (const v of values) {
    const f = v.split('|').map((x) => x.trim());
    const asn = parseAsn(f[0] ?? '');
    if (asn === null) continue;
    const prefix = f[1] && /^[0-9a-fA-F:.]+\/[0-9]{1,3}$/.test(f[1]) ? f[1].toLowerCase() : null;
    const country = f[2] && /^[A-Za-z]{2}$/.test(f[2]) ? f[2].toUpperCase() : null;
    const registry = f[3] && /^[a-z]{2,10}$/i.test(f[3]) ? f[3].toLowerCase() : null;
    const bits = prefix ? Number(prefix.split('/')[1]) : -1;
    if (!best || bits > best.bits) best = { asn, prefix, country, registry, bits };
  }
  if (!best) return null;
  const { bits: _bits, ...info } = best;
  return info;
}

/** "8075 | US | arin | 1997-03-05 | MICROSOFT-CORP-MSN-AS-BLOCK, US" -> the name field. */
export function parseAsNameTxt(values: string[]): string | null {
  for (const v of values) {
    const f = v.split('|').map((x) => x.trim());
    if (f.length < 5) continue;
    const name = f
      .slice(4)
      .join('|')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .trim();
    if (name) return name.slice(0, MAX_AS_NAME);
  }
  return null;
}

export function createAsnLookup(ask: Ask): (ip: string) => Promise<Lookup<AsnInfo | null>> {
  const byIp = new Map<string, Promise<Lookup<AsnInfo | null>>>();
  const lookup = async (ip: string): Promise<Lookup<AsnInfo | null>> => {
    const name = cymruOriginName(ip);
    if (!name) return { value: null, temporary: false, offline: false, problem: null };
    const r = await ask(name, 'TXT');
    const origin = parseOriginTxt(txtValues(r));
    if (!origin) return fromResult(r, null);
    const n = await ask(`AS${origin.asn}.asn.cymru.com`, 'TXT');
    // The AS name is decoration: a failure to fetch it does not make the ASN unavailable.
    return { value: { ...origin, asName: parseAsNameTxt(txtValues(n)) }, temporary: false, offline: false, problem: null };
  };
  return (ip) => {
    let p = byIp.get(ip);
    if (!p) {
      p = lookup(ip);
      byIp.set(ip, p);
    }
    return p;
  };
}
