/**
 * IP address helpers for SPF: parsing IPv4/IPv6 into octets, CIDR matching, reverse-DNS names and the
 * textual forms the macros need (RFC 7208 5.6, 7.3, 7.4). Pure and total: bad input gives null.
 */

export interface IpAddr {
  family: 4 | 6;
  /** 4 or 16 octets. */
  bytes: Uint8Array;
}

const DEC_OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** Strict dotted-quad IPv4 (no leading zeros, exactly four parts). */
export function parseIp4(s: string): Uint8Array | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const p = parts[i] ?? '';
    if (!DEC_OCTET.test(p)) return null;
    out[i] = Number(p);
  }
  return out;
}

/** IPv6 per RFC 4291 2.2 (incl. `::` compression and a trailing dotted IPv4). No zone ids. */
export function parseIp6(input: string): Uint8Array | null {
  if (input.length > 45 || input.length < 2) return null;
  let s = input;
  let tail: Uint8Array | null = null;
  const lastColon = s.lastIndexOf(':');
  if (s.indexOf('.', lastColon) > lastColon) {
    tail = parseIp4(s.slice(lastColon + 1));
    if (!tail) return null;
    s = s.slice(0, lastColon + 1) + '0:0';
  }
  const dbl = s.indexOf('::');
  if (dbl !== s.lastIndexOf('::')) return null;
  const parseGroups = (part: string): number[] | null => {
    if (part === '') return [];
    const groups = part.split(':');
    const out: number[] = [];
    for (const g of groups) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  let groups: number[];
  if (dbl >= 0) {
    const head = parseGroups(s.slice(0, dbl));
    const rest = parseGroups(s.slice(dbl + 2));
    if (!head || !rest || head.length + rest.length > 7) return null;
    groups = [...head, ...new Array<number>(8 - head.length - rest.length).fill(0), ...rest];
  } else {
    const all = parseGroups(s);
    if (!all || all.length !== 8) return null;
    groups = all;
  }
  const out = new Uint8Array(16);
  groups.forEach((g, i) => {
    out[i * 2] = g >> 8;
    out[i * 2 + 1] = g & 0xff;
  });
  if (tail) out.set(tail, 12);
  return out;
}

/**
 * Parses a client IP. An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is treated as IPv4
 * (RFC 7208 5: "the IPv4 address ... MUST be used" for mapped addresses, cf. 5.6 note).
 */
export function parseIp(s: string): IpAddr | null {
  const v4 = parseIp4(s);
  if (v4) return { family: 4, bytes: v4 };
  const v6 = parseIp6(s);
  if (!v6) return null;
  if (v6.slice(0, 10).every((b) => b === 0) && v6[10] === 0xff && v6[11] === 0xff) {
    return { family: 4, bytes: v6.slice(12) };
  }
  return { family: 6, bytes: v6 };
}

/** True when the first `prefix` bits of a and b agree (same family assumed by caller). */
export function inCidr(a: Uint8Array, b: Uint8Array, prefix: number): boolean {
  if (a.length !== b.length || prefix < 0 || prefix > a.length * 8) return false;
  let bits = prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((x & mask) !== (y & mask)) return false;
  }
  return true;
}

function nibbles(bytes: Uint8Array): string[] {
  const out: string[] = [];
  for (const b of bytes) out.push((b >> 4).toString(16), (b & 0xf).toString(16));
  return out;
}

/** RFC 7208 7.3: `i` is dotted-quad for IPv4, dot-separated nibbles for IPv6. */
export function ipDotted(ip: IpAddr): string {
  return ip.family === 4 ? Array.from(ip.bytes).join('.') : nibbles(ip.bytes).join('.');
}

/** Name to query PTR for (in-addr.arpa / ip6.arpa). */
export function reverseName(ip: IpAddr): string {
  return ip.family === 4
    ? `${Array.from(ip.bytes).reverse().join('.')}.in-addr.arpa`
    : `${nibbles(ip.bytes).reverse().join('.')}.ip6.arpa`;
}

/** RFC 5952 text for IPv6 (used by `%{c}`), dotted quad for IPv4. */
export function ipText(ip: IpAddr): string {
  if (ip.family === 4) return Array.from(ip.bytes).join('.');
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((ip.bytes[i] ?? 0) << 8) | (ip.bytes[i + 1] ?? 0));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}
