/** RR type and class numbers (RFC 1035 3.2.2, RFC 3596 2.1, RFC 6891 6.1.1). */
import type { RRType } from '../types.js';

export const TYPE_CODES: Readonly<Record<RRType, number>> = Object.freeze({
  A: 1,
  NS: 2,
  CNAME: 5,
  SOA: 6,
  PTR: 12,
  MX: 15,
  TXT: 16,
  AAAA: 28,
});

const BY_CODE = new Map<number, RRType>(Object.entries(TYPE_CODES).map(([k, v]) => [v, k as RRType]));

export function typeName(code: number): RRType | null {
  return BY_CODE.get(code) ?? null;
}

export const CLASS_IN = 1;
export const TYPE_OPT = 41;

/** RFC 1035 4.1.1 RCODEs the client distinguishes. */
export const RCODE = Object.freeze({ NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 });
