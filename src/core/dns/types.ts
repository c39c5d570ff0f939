/** The DNS contract every core consumer uses. Implementations: DoH, fixture, none (offline). */

export type RRType = 'A' | 'AAAA' | 'MX' | 'TXT' | 'PTR' | 'CNAME' | 'NS' | 'SOA';

export type DnsRecord =
  | { type: 'A' | 'AAAA' | 'PTR' | 'CNAME' | 'NS'; name: string; ttl: number; data: string }
  | { type: 'MX'; name: string; ttl: number; preference: number; exchange: string }
  /** TXT: each character-string decoded as latin1 (one char per octet). Join with '' for the record text. */
  | { type: 'TXT'; name: string; ttl: number; strings: string[] }
  | { type: 'SOA'; name: string; ttl: number; mname: string; rname: string; serial: number; minimum: number };

/**
 * Outcome of one question. `servfail`, `timeout` and `error` are temporary failures: callers must report
 * "could not verify" (e.g. SPF temperror), never treat them as an empty answer.
 */
export type DnsStatus = 'ok' | 'nxdomain' | 'nodata' | 'servfail' | 'timeout' | 'error' | 'offline';

export interface DnsResult {
  name: string;
  type: RRType;
  status: DnsStatus;
  /** Records of the asked type (CNAME chain already followed; the chain itself is in `cnames`). */
  records: DnsRecord[];
  cnames: string[];
  /** AD (authenticated data) bit of the response. */
  ad: boolean;
  /** Human-readable detail for errors. */
  error?: string;
}

export interface QueryOptions {
  signal?: AbortSignal;
}

export interface Resolver {
  query(name: string, type: RRType, options?: QueryOptions): Promise<DnsResult>;
}

export function isTemporary(status: DnsStatus): boolean {
  return status === 'servfail' || status === 'timeout' || status === 'error' || status === 'offline';
}
