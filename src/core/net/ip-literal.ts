/**
 * Addresses as MTAs write them in Received headers and trust settings: `[1.2.3.4]`, `[IPv6:2001:db8::1]`
 * (RFC 5321 4.1.3 address literals), with a port, with a zone id, with leading-zero octets. Pure; null when not an IP.
 */

import { formatIp } from './ip-format.js';
import { RECEIVED_IP_SYNTAX, parseIp, type IpBytes } from './ip-parse.js';

/** `0-9 a-f A-F . :` — every character of an address before its zone id. */
function isAddressChar(c: number): boolean {
  return (c >= 48 && c <= 58) || c === 46 || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/**
 * A necessary condition for `parseReceivedIp` to succeed on trimmed text: an optional `[`, an optional `IPv6:` tag,
 * then only address characters up to the end, a `%` (zone id) or a `]` (what follows those is checked by the parser).
 */
function couldBeAddress(s: string): boolean {
  let i = s.charCodeAt(0) === 91 ? 1 : 0; // `[`
  if (s.length >= i + 5 && s.slice(i, i + 5).toLowerCase() === 'ipv6:') i += 5;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 37 || c === 93) return true; // `%`, `]`
    if (!isAddressChar(c)) return false;
  }
  return true;
}

/**
 * Parses an address as written in a Received header: strips `[ ]` (with an optional `:port` after them), the
 * `IPv6:` tag (RFC 5321 4.1.3), a port (`1.2.3.4:25`, old Sendmail `1.2.3.4.25`) and a zone id, reads leading-zero
 * octets as decimal (`RECEIVED_IP_SYNTAX`), and maps `::ffff:a.b.c.d` to IPv4 (RFC 4291 2.5.5.2).
 */
export function parseReceivedIp(input: string): IpBytes | null {
  // Every address has a dot or a colon (parseIp's own first test, on a substring of `input`): Received parsing tries
  // every word of a comment, and most are answered here without the regexes below.
  if (!input.includes('.') && !input.includes(':')) return null;
  let s = input.trim();
  // Host names (`mail.example.com`, the other common word with a dot) fail here, without the regexes and splits below.
  if (!couldBeAddress(s)) return null;
  const bracket = /^\[([^\]]*)\](?::\d{1,5})?$/.exec(s);
  if (bracket) s = bracket[1] ?? '';
  s = s.replace(/^ipv6:/i, '');
  if (s.length === 0 || s.length > 64) return null;
  const v4port = /^(\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5}|\.\d{1,5})$/.exec(s);
  if (v4port) s = v4port[1] ?? '';
  return parseIp(s, RECEIVED_IP_SYNTAX);
}

/** Canonical text (RFC 5952 for IPv6) of a Received-header address (see `parseReceivedIp`), or null. */
export function normalizeReceivedIp(input: string): string | null {
  const ip = parseReceivedIp(input);
  return ip ? formatIp(ip) : null;
}

export function isIpLiteral(s: string): boolean {
  return parseReceivedIp(s) !== null;
}
