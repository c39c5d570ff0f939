/**
 * IP bytes -> text: canonical form (RFC 5952), normalization of text, reverse-DNS names (RFC 1035 3.5 in-addr.arpa,
 * RFC 3596 2.5 ip6.arpa) and the SPF dotted form (RFC 7208 7.3). Pure.
 */

import { STRICT_IP_SYNTAX, parseIp, type IpBytes, type IpSyntax } from './ip-parse.js';

/**
 * Canonical text. IPv4 dotted quad; IPv6 per RFC 5952 4: lower case (4.3), leading zeros dropped (4.1), the longest
 * run of two or more zero groups (the first on a tie) shortened to `::` (4.2.1-4.2.3). IPv4-mapped addresses keep the
 * hex form (`::ffff:102:304`): callers unmap them while parsing instead (RFC 5952 5 is only a recommendation).
 */
export function formatIp(ip: IpBytes): string {
  const b = ip.bytes;
  // A template instead of Array.from(...).join: every Received hop's address is formatted.
  if (ip.family === 4) return b.length === 4 ? `${b[0]!}.${b[1]!}.${b[2]!}.${b[3]!}` : Array.from(b).join('.');
  const g: number[] = [];
  for (let i = 0; i < 16; i += 2) g.push(((ip.bytes[i] ?? 0) << 8) | (ip.bytes[i + 1] ?? 0));
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = g.map((x) => x.toString(16));
  if (best === -1) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

/** Canonical form of an IP string (surrounding white space ignored), or null when it is not an IP address. */
export function normalizeIp(s: string, syntax: IpSyntax = STRICT_IP_SYNTAX): string | null {
  const ip = parseIp(s.trim(), syntax);
  return ip ? formatIp(ip) : null;
}

function nibbles(bytes: Uint8Array): string[] {
  const out: string[] = [];
  for (const b of bytes) out.push((b >> 4).toString(16), (b & 0xf).toString(16));
  return out;
}

/** RFC 7208 7.3 macro `i`: dotted quad for IPv4, dot-separated nibbles (most significant first) for IPv6. */
export function ipDotted(ip: IpBytes): string {
  return ip.family === 4 ? Array.from(ip.bytes).join('.') : nibbles(ip.bytes).join('.');
}

/** Labels of the reversed address without a suffix: octets for IPv4, nibbles for IPv6 (DNSBL and Cymru names). */
export function reversedLabels(ip: IpBytes): string {
  if (ip.family === 4) return Array.from(ip.bytes).reverse().join('.');
  return nibbles(ip.bytes).reverse().join('.');
}

/** PTR owner name: `1.204.140.52.in-addr.arpa` (RFC 1035 3.5) or 32 nibbles + `ip6.arpa` (RFC 3596 2.5). */
export function reverseName(ip: IpBytes): string {
  return `${reversedLabels(ip)}.${ip.family === 4 ? 'in-addr.arpa' : 'ip6.arpa'}`;
}

/** PTR owner name of an address given as text (white space trimmed), or null when it is not an address. */
export function reverseNameOfText(s: string, syntax: IpSyntax = STRICT_IP_SYNTAX): string | null {
  const p = parseIp(s.trim(), syntax);
  return p ? reverseName(p) : null;
}
