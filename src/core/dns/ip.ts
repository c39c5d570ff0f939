/**
 * IP address helpers for DNS: parsing (strict, no zone ids), canonical text (RFC 5952), reverse names
 * (RFC 1035 3.5 in-addr.arpa, RFC 3596 2.5 ip6.arpa) and prefix containment. Pure; nothing throws.
 */

export type IpBytes = { family: 4 | 6; bytes: Uint8Array };

/** Dotted-quad IPv4: four decimal octets 0-255, no leading zeros (ambiguous octal in some parsers). */
export function parseIPv4(s: string): Uint8Array | null {
  if (s.length > 15) return null;
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const p = parts[i] ?? '';
    if (!/^(0|[1-9][0-9]{0,2})$/.test(p)) return null;
    const n = Number(p);
    if (n > 255) return null;
    out[i] = n;
  }
  return out;
}

/** IPv6 text (RFC 4291 2.2), including `::` compression and an embedded dotted IPv4 tail. */
export function parseIPv6(s: string): Uint8Array | null {
  if (s.length < 2 || s.length > 45) return null;
  const dbl = s.indexOf('::');
  if (dbl !== -1 && s.indexOf('::', dbl + 1) !== -1) return null;
  const parseGroups = (part: string): number[] | null => {
    if (part === '') return [];
    const groups: number[] = [];
    const items = part.split(':');
    for (let i = 0; i < items.length; i++) {
      const g = items[i] ?? '';
      if (i === items.length - 1 && g.includes('.')) {
        const v4 = parseIPv4(g);
        if (!v4) return null;
        groups.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
        continue;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
      groups.push(parseInt(g, 16));
    }
    return groups;
  };
  let groups: number[];
  if (dbl === -1) {
    const g = parseGroups(s);
    if (!g || g.length !== 8) return null;
    groups = g;
  } else {
    const head = parseGroups(s.slice(0, dbl));
    const tail = parseGroups(s.slice(dbl + 2));
    if (!head || !tail || head.length + tail.length > 7) return null;
    groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  }
  const out = new Uint8Array(16);
  groups.forEach((g, i) => {
    out[i * 2] = g >> 8;
    out[i * 2 + 1] = g & 0xff;
  });
  return out;
}

export function parseIp(s: string): IpBytes | null {
  const v4 = parseIPv4(s);
  if (v4) return { family: 4, bytes: v4 };
  const v6 = parseIPv6(s);
  if (!v6) return null;
  // ::ffff:a.b.c.d is an IPv4 address (RFC 4291 2.5.5.2).
  if (v6.slice(0, 10).every((b) => b === 0) && v6[10] === 0xff && v6[11] === 0xff) return { family: 4, bytes: v6.slice(12) };
  return { family: 6, bytes: v6 };
}

/** Canonical text: IPv4 dotted; IPv6 lower-case with the longest zero run (>= 2 groups) compressed (RFC 5952 4.2). */
export function formatIp(ip: IpBytes): string {
  if (ip.family === 4) return Array.from(ip.bytes).join('.');
  const g: number[] = [];
  for (let i = 0; i < 16; i += 2) g.push(((ip.bytes[i] ?? 0) << 8) | (ip.bytes[i + 1] ?? 0));
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) { best = i; bestLen = j - i; }
    i = j;
  }
  const hex = g.map((x) => x.toString(16));
  if (best === -1) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

/** Canonical form of an IP string, or null when it is not an IP address. */
export function normalizeIp(s: string): string | null {
  const ip = parseIp(s.trim());
  return ip ? formatIp(ip) : null;
}

/** Labels of the reversed address without a suffix: octets for IPv4, nibbles for IPv6. */
export function reversedLabels(ip: IpBytes): string {
  if (ip.family === 4) return Array.from(ip.bytes).reverse().join('.');
  const nibbles: string[] = [];
  for (const b of ip.bytes) nibbles.push((b >> 4).toString(16), (b & 0xf).toString(16));
  return nibbles.reverse().join('.');
}

/** PTR owner name of an IP: `1.204.140.52.in-addr.arpa` (RFC 1035 3.5) or nibbles + `ip6.arpa` (RFC 3596 2.5). */
export function reverseName(ip: string): string | null {
  const p = parseIp(ip.trim());
  if (!p) return null;
  return `${reversedLabels(p)}.${p.family === 4 ? 'in-addr.arpa' : 'ip6.arpa'}`;
}

/** True when `ip` lies in `cidr` (`a.b.c.d/n` or `x::/n`); false for malformed input or family mismatch. */
export function ipInCidr(ip: string, cidr: string): boolean {
  const slash = cidr.indexOf('/');
  const a = parseIp(ip);
  const b = parseIp(slash === -1 ? cidr : cidr.slice(0, slash));
  if (!a || !b || a.family !== b.family) return false;
  const max = a.family === 4 ? 32 : 128;
  const bitsText = slash === -1 ? String(max) : cidr.slice(slash + 1);
  if (!/^[0-9]{1,3}$/.test(bitsText)) return false;
  const bits = Number(bitsText);
  if (bits > max) return false;
  for (let i = 0; i < bits; i++) {
    const byte = i >> 3;
    const mask = 0x80 >> (i & 7);
    if (((a.bytes[byte] ?? 0) & mask) !== ((b.bytes[byte] ?? 0) & mask)) return false;
  }
  return true;
}
