/**
 * IP address text -> bytes. One parser for every caller; the callers' historical differences are explicit
 * `IpSyntax` presets instead of separate implementations. Pure and total: bad input gives null, nothing throws.
 */

export interface IpBytes {
  family: 4 | 6;
  /** 4 or 16 octets. */
  bytes: Uint8Array;
}

/** How lenient the text form may be. Every flag defaults to the strict RFC reading. */
export interface IpSyntax {
  /**
   * Accept dotted-quad octets with leading zeros and read them as decimal (`010` = 10). RFC 7208 (5.6 / ip4-network)
   * and RFC 3986 3.2.2 (dec-octet) forbid leading zeros because inet_aton() reads them as octal; Received headers are
   * free text written by arbitrary MTAs, so their parser has always accepted them (`received/ip.ts`).
   */
  readonly leadingZeroOctets?: boolean;
  /** Drop an RFC 4007 section 11 zone id (`fe80::1%eth0`) before parsing IPv6. Only Received-header text does. */
  readonly stripZoneId?: boolean;
}

/** RFC 4291 2.2 IPv6 text and RFC 7208 / RFC 3986 strict dotted quads (SPF). */
export const STRICT_IP_SYNTAX: IpSyntax = {};
/**
 * DNS helpers: strict. (They once also took a dotted quad before `::`, `1.2.3.4::`; RFC 4291 2.2 (3) allows the
 * dotted form only in the low-order 32 bits, so that text is no address and is now rejected.)
 */
export const DNS_IP_SYNTAX: IpSyntax = STRICT_IP_SYNTAX;
/** Received headers: leading-zero octets read as decimal, zone ids dropped. */
export const RECEIVED_IP_SYNTAX: IpSyntax = { leadingZeroOctets: true, stripZoneId: true };

/** Dotted-quad IPv4: exactly four decimal octets 0-255 (no leading zeros unless `syntax.leadingZeroOctets`). */
export function parseIPv4(s: string, syntax: IpSyntax = STRICT_IP_SYNTAX): Uint8Array | null {
  if (s.length > 15) return null;
  // One pass over the characters (no split, no per-octet regex): every Received hop's address comes through here.
  const lenient = syntax.leadingZeroOctets === true;
  const out = new Uint8Array(4);
  let octet = 0;
  let value = 0;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      // `.`: ends an octet of one to three digits (a fifth octet or an empty one is no address)
      if (digits === 0 || octet === 3 || value > 255) return null;
      out[octet++] = value;
      value = 0;
      digits = 0;
      continue;
    }
    if (c < 48 || c > 57 || digits === 3) return null;
    // strict (RFC 3986 dec-octet): `0` alone or no leading zero; lenient: any one to three digits
    if (!lenient && digits === 1 && value === 0) return null;
    value = value * 10 + (c - 48);
    digits++;
  }
  if (octet !== 3 || digits === 0 || value > 255) return null;
  out[3] = value;
  return out;
}

/**
 * 16-bit groups of one side of a `::` (or of the whole address). RFC 4291 2.2 (3): a dotted IPv4 tail is allowed as
 * the last item, where it stands for two groups.
 */
function groupsOf(part: string, dottedLast: boolean, syntax: IpSyntax): number[] | null {
  if (part === '') return [];
  const groups: number[] = [];
  // Items between `:` read in place (no split, no per-group regex): Received hops of large providers are IPv6.
  for (let start = 0; ;) {
    const colon = part.indexOf(':', start);
    const end = colon === -1 ? part.length : colon;
    if (dottedLast && colon === -1 && part.lastIndexOf('.', end) >= start) {
      const v4 = parseIPv4(part.slice(start), syntax);
      if (!v4) return null;
      groups.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
      return groups;
    }
    // HEX_GROUP: one to four hex digits
    if (end === start || end - start > 4) return null;
    let g = 0;
    for (let i = start; i < end; i++) {
      const d = hexDigit(part.charCodeAt(i));
      if (d < 0) return null;
      g = g * 16 + d;
    }
    groups.push(g);
    if (colon === -1) return groups;
    start = colon + 1;
  }
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** IPv6 text (RFC 4291 2.2): hex groups, at most one `::`, optional dotted IPv4 tail. */
export function parseIPv6(input: string, syntax: IpSyntax = STRICT_IP_SYNTAX): Uint8Array | null {
  let s = input;
  if (syntax.stripZoneId) {
    const pct = s.indexOf('%');
    if (pct >= 0) s = s.slice(0, pct);
  }
  // 45 = six full groups plus a 15-character dotted quad; nothing longer is an address.
  if (s.length < 2 || s.length > 45) return null;
  const dbl = s.indexOf('::');
  if (dbl !== -1 && s.indexOf('::', dbl + 1) !== -1) return null;
  let groups: number[];
  if (dbl === -1) {
    const g = groupsOf(s, true, syntax);
    if (!g || g.length !== 8) return null;
    groups = g;
  } else {
    const head = groupsOf(s.slice(0, dbl), false, syntax);
    const tail = groupsOf(s.slice(dbl + 2), true, syntax);
    // RFC 4291 2.2 (2): `::` stands for one or more groups of zeros.
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

/** True for ::ffff:0:0/96, the IPv4-mapped IPv6 addresses (RFC 4291 2.5.5.2). */
export function isV4Mapped(v6: Uint8Array): boolean {
  return v6.length === 16 && v6.slice(0, 10).every((b) => b === 0) && v6[10] === 0xff && v6[11] === 0xff;
}

/**
 * IPv4 or IPv6 text to bytes. An IPv4-mapped address (`::ffff:a.b.c.d`, RFC 4291 2.5.5.2) is returned as the IPv4
 * address: RFC 7208 5 says SPF MUST use the IPv4 form, and DNS/Received callers report it the same way.
 */
export function parseIp(s: string, syntax: IpSyntax = STRICT_IP_SYNTAX): IpBytes | null {
  // A dotted quad has dots and no colon; IPv6 text always has a colon (eight groups or `::`). Callers try every word
  // of free text (Received comments): most are neither and are answered here without splitting.
  const colon = s.includes(':');
  if (!colon && !s.includes('.')) return null;
  const v4 = colon ? null : parseIPv4(s, syntax);
  if (v4) return { family: 4, bytes: v4 };
  if (!colon) return null;
  const v6 = parseIPv6(s, syntax);
  if (!v6) return null;
  if (isV4Mapped(v6)) return { family: 4, bytes: v6.slice(12) };
  return { family: 6, bytes: v6 };
}
