/**
 * IP address helpers for Received parsing and the trust boundary: normalization (RFC 5952 text form for IPv6,
 * zone ids dropped, IPv4-mapped -> IPv4) and classification (loopback, private, link-local...).
 * Pure string/number code, no platform APIs. Invalid input returns null, never throws.
 */

const IPV4_RE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function parseIpv4(s: string): number[] | null {
  const m = IPV4_RE.exec(s);
  if (!m) return null;
  const parts = [m[1], m[2], m[3], m[4]].map((x) => Number(x));
  return parts.every((n) => n >= 0 && n <= 255) ? parts : null;
}

/** Parses IPv6 text (embedded IPv4 allowed, zone id stripped) into 8 16-bit groups. */
export function parseIpv6(input: string): number[] | null {
  let s = input;
  const pct = s.indexOf('%');
  if (pct >= 0) s = s.slice(0, pct);
  if (s.length === 0 || s.length > 45 || !/^[0-9a-fA-F:.]+$/.test(s)) return null;
  let tail: number[] = [];
  const lastColon = s.lastIndexOf(':');
  if (s.includes('.')) {
    const v4 = parseIpv4(s.slice(lastColon + 1));
    if (!v4) return null;
    tail = [(v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!];
    s = s.slice(0, lastColon + 1);
    if (!s.endsWith('::')) s = s.slice(0, -1);
  }
  const dbl = s.indexOf('::');
  if (dbl !== s.lastIndexOf('::')) return null;
  const groupsOf = (part: string): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    for (const g of part.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const want = 8 - tail.length;
  let groups: number[];
  if (dbl >= 0) {
    const head = groupsOf(s.slice(0, dbl));
    const rest = groupsOf(s.slice(dbl + 2));
    if (!head || !rest || head.length + rest.length > want - 1) return null;
    groups = [...head, ...new Array<number>(want - head.length - rest.length).fill(0), ...rest];
  } else {
    const all = groupsOf(s);
    if (!all || all.length !== want) return null;
    groups = all;
  }
  return [...groups, ...tail];
}

/** RFC 5952 section 4: lower-case, leading zeros dropped, longest run (>= 2) of zero groups as `::`. */
function formatIpv6(g: number[]): string {
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) { bestStart = i; bestLen = j - i; }
    i = j;
  }
  const hex = g.map((n) => n.toString(16));
  if (bestStart < 0) return hex.join(':');
  return hex.slice(0, bestStart).join(':') + '::' + hex.slice(bestStart + bestLen).join(':');
}

/**
 * Normalizes an address as written in a Received header: strips `[ ]`, `IPv6:` prefix, zone id, a port
 * (`1.2.3.4:25`, `[1.2.3.4]:25`, old Sendmail `1.2.3.4.25`), maps `::ffff:a.b.c.d` to IPv4. Null when not an IP.
 */
export function normalizeIp(input: string): string | null {
  let s = input.trim();
  const bracket = /^\[([^\]]*)\](?::\d{1,5})?$/.exec(s);
  if (bracket) s = bracket[1]!;
  s = s.replace(/^ipv6:/i, '');
  if (s.length === 0 || s.length > 64) return null;
  const v4port = /^(\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5}|\.\d{1,5})$/.exec(s);
  if (v4port) s = v4port[1]!;
  const v4 = parseIpv4(s);
  if (v4) return v4.join('.');
  const v6 = parseIpv6(s);
  if (!v6) return null;
  // RFC 4291 2.5.5.2: IPv4-mapped addresses are reported as the IPv4 address.
  if (v6.slice(0, 5).every((n) => n === 0) && v6[5] === 0xffff) {
    return [v6[6]! >> 8, v6[6]! & 255, v6[7]! >> 8, v6[7]! & 255].join('.');
  }
  return formatIpv6(v6);
}

export function isIpLiteral(s: string): boolean {
  return normalizeIp(s) !== null;
}

/** Parses `a.b.c.d/n`, `x::/n` or a bare address; returns a matcher or null. */
export function cidrMatcher(spec: string): ((ip: string) => boolean) | null {
  const [addr, lenText] = spec.trim().split('/', 2) as [string, string | undefined];
  const norm = normalizeIp(addr);
  if (!norm) return null;
  const isV4 = parseIpv4(norm) !== null;
  const bits = lenText === undefined ? (isV4 ? 32 : 128) : Number(lenText);
  if (!Number.isInteger(bits) || bits < 0 || bits > (isV4 ? 32 : 128)) return null;
  const base = toBits(norm);
  if (!base) return null;
  return (ip: string) => {
    const n = normalizeIp(ip);
    const b = n ? toBits(n) : null;
    return b !== null && b.length === base.length && b.slice(0, bits) === base.slice(0, bits);
  };
}

function toBits(ip: string): string | null {
  const v4 = parseIpv4(ip);
  if (v4) return v4.map((n) => n.toString(2).padStart(8, '0')).join('');
  const v6 = parseIpv6(ip);
  return v6 ? v6.map((n) => n.toString(2).padStart(16, '0')).join('') : null;
}

const LOOPBACK = ['127.0.0.0/8', '::1/128'].map((c) => cidrMatcher(c)!);
/** RFC 1918, RFC 6598 (CGNAT), RFC 3927/4291 link-local, RFC 4193 ULA, RFC 6890 "this network". */
const PRIVATE = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16', '0.0.0.0/8',
  'fc00::/7', 'fe80::/10', '::/128'].map((c) => cidrMatcher(c)!);

export function isLoopbackIp(ip: string): boolean {
  return LOOPBACK.some((m) => m(ip));
}

/** Loopback, RFC 1918/6598 private, link-local or unique-local: not a routable Internet client. */
export function isNonPublicIp(ip: string): boolean {
  return isLoopbackIp(ip) || PRIVATE.some((m) => m(ip));
}
