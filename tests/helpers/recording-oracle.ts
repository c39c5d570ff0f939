/**
 * The "is this DNS name derived from the message?" oracle of the privacy tests. Knows the domains, hosts and IPs
 * found in the message (raw text, decoded bodies, and the offline analysis of the same message), and learns names,
 * IPs and AS numbers from each DNS answer as it is returned. A query is justified when its name is:
 *  - a known domain/host (message or earlier answer), or `_dmarc.` + such a name or one of its parents (RFC 9989
 *    tree walk), or `<selector>._domainkey.` + such a name where the selector appears in the message;
 *  - the reverse form of a known IP (in-addr.arpa / ip6.arpa) or its Team Cymru origin/origin6 form;
 *  - `AS<n>.asn.cymru.com` for an AS number from an earlier answer.
 */
import type { DnsRecord, RRType } from '../../src/core/dns/types.js';
import { normalizeIp, parseIp } from '../../src/core/dns/ip.js';
import { domainToAscii } from '../../src/core/parse/headers/idn.js';

const ASCII_DOMAIN = /[a-z0-9_](?:[a-z0-9_-]{0,62})(?:\.[a-z0-9_-]{1,63})+/gi;
const UNICODE_DOMAIN = /[\p{L}\p{N}_-]+(?:[.．。][\p{L}\p{N}_-]+)+/gu;
const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;
const IPV6ISH = /[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?::\d{1,3}(?:\.\d{1,3}){3})?/gi;

export class DerivationOracle {
  readonly names = new Set<string>();
  readonly ips = new Set<string>();
  readonly asns = new Set<string>();
  private readonly text: string;

  constructor(messageTexts: string[]) {
    this.text = messageTexts.join('\n').toLowerCase();
    this.scan(this.text, 'message');
  }

  private addName(n: string): void {
    const x = n.toLowerCase().replace(/\.$/, '');
    if (x.includes('.')) this.names.add(x);
  }

  private addIp(s: string): void {
    const ip = normalizeIp(s);
    if (ip) this.ips.add(ip);
  }

  private scan(text: string, _from: string): void {
    for (const m of text.matchAll(ASCII_DOMAIN)) this.addName(m[0]);
    for (const m of text.matchAll(UNICODE_DOMAIN)) {
      if (!/[^\p{ASCII}]/u.test(m[0])) continue;
      const a = domainToAscii(m[0].replace(/[．。]/g, '.'));
      if (a) this.addName(a);
    }
    for (const m of text.matchAll(IPV4)) this.addIp(m[0]);
    for (const m of text.matchAll(IPV6ISH)) this.addIp(m[0]);
  }

  /** Adds names, IPs and AS numbers from the records of an answer just returned. */
  learn(records: DnsRecord[]): void {
    for (const r of records) {
      switch (r.type) {
        case 'A':
        case 'AAAA':
          this.addIp(r.data);
          break;
        case 'CNAME':
        case 'PTR':
        case 'NS':
          this.addName(r.data);
          break;
        case 'MX':
          this.addName(r.exchange);
          break;
        case 'TXT': {
          const t = r.strings.join('');
          this.scan(t.toLowerCase(), 'answer');
          // Team Cymru origin TXT: "64500 | 192.0.2.0/24 | JP | apnic | 2001-01-01" (several ASNs space-separated).
          const cymru = /^\s*([\d ]+)\s*\|/.exec(t);
          if (cymru) for (const n of (cymru[1] ?? '').trim().split(/\s+/)) this.asns.add(n);
          break;
        }
        case 'SOA':
          break;
      }
    }
  }

  private wordInMessage(w: string): boolean {
    for (let i = this.text.indexOf(w); i >= 0; i = this.text.indexOf(w, i + 1)) {
      const before = this.text[i - 1] ?? ' ';
      const after = this.text[i + w.length] ?? ' ';
      if (!/[a-z0-9_.-]/.test(before) && !/[a-z0-9_.-]/.test(after)) return true;
    }
    return false;
  }

  private isKnownOrParent(n: string): boolean {
    if (this.names.has(n)) return true;
    for (const k of this.names) if (k.endsWith(`.${n}`)) return true;
    return false;
  }

  private ipFromReverse(prefix: string, v6: boolean): string | null {
    const labels = prefix.split('.').reverse();
    if (!v6) return labels.length === 4 ? normalizeIp(labels.join('.')) : null;
    if (labels.length !== 32 || !labels.every((l) => /^[0-9a-f]$/.test(l))) return null;
    const hex = labels.join('');
    return normalizeIp(hex.match(/.{4}/g)!.join(':'));
  }

  /** Blocklist zones the test enabled: RFC 5782 queries `<reversed known IP>.<zone>` or `<known domain>.<zone>`. */
  dnsblZones: string[] = [];

  /** A registrable domain the message (or an answer) names, itself or as the parent of a known host. */
  knowsDomain(d: string): boolean {
    return this.isKnownOrParent(d.toLowerCase().replace(/\.$/, ''));
  }

  private justifyDnsbl(n: string): string | null | undefined {
    const zone = this.dnsblZones.find((z) => n.endsWith(`.${z}`));
    if (!zone) return undefined;
    const p = n.slice(0, -(zone.length + 1));
    const ip = this.ipFromReverse(p, p.split('.').length === 32);
    if (ip && this.ips.has(ip)) return `blocklist ${zone} query for ${ip}`;
    return p.includes('.') && this.isKnownOrParent(p) ? `blocklist ${zone} query for ${p}` : null;
  }

  justify(name: string, _type: RRType): string | null {
    const n = name.toLowerCase().replace(/\.$/, '');
    const bl = this.justifyDnsbl(n);
    if (bl !== undefined) return bl;
    const rev = /^(.+)\.(in-addr\.arpa|ip6\.arpa|origin\.asn\.cymru\.com|origin6\.asn\.cymru\.com)$/.exec(n);
    if (rev) {
      const ip = this.ipFromReverse(rev[1] ?? '', rev[2] === 'ip6.arpa' || rev[2] === 'origin6.asn.cymru.com');
      return ip && parseIp(ip) && this.ips.has(ip) ? `reverse/ASN form of ${ip}` : null;
    }
    const as = /^as(\d+)\.asn\.cymru\.com$/.exec(n);
    if (as) return this.asns.has(as[1] ?? '') ? `AS${as[1]} from an earlier answer` : null;
    if (n.startsWith('_dmarc.')) {
      const rest = n.slice(7);
      return this.isKnownOrParent(rest) ? `DMARC record of ${rest} (or tree walk parent)` : null;
    }
    const dk = /^(.+)\._domainkey\.(.+)$/.exec(n);
    if (dk) {
      const sel = dk[1] ?? '';
      return this.text.includes(sel) && this.names.has(dk[2] ?? '') ? `DKIM key ${sel} of ${dk[2]}` : null;
    }
    if (this.names.has(n)) return 'name in the message or an earlier answer';
    // A dotless host name (e.g. a From domain like `ubuntu-s-1vcpu-512mb-10gb-nyc1-04`) written in the message.
    if (/^[a-z0-9_-]+$/.test(n) && this.wordInMessage(n)) return 'single-label host written in the message';
    return null;
  }
}
