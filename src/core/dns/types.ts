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
  /**
   * For nxdomain/nodata: how long the negative answer may be cached, min(SOA TTL, SOA MINIMUM) of the SOA in the
   * authority section (RFC 2308 5). Absent when no SOA came with the answer (then it is not cached).
   */
  negativeTtl?: number;
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

/** One DoH HTTP exchange (RFC 8484 4.1). Injected: Node uses undici, extensions use fetch. */
export interface DohRequest {
  url: string;
  method: 'GET' | 'POST';
  /** POST only: the DNS query, sent as `application/dns-message`. */
  body?: Uint8Array;
  signal: AbortSignal;
}

export interface DohResponse {
  status: number;
  contentType: string | null;
  body: Uint8Array;
}

/** May reject (network errors, abort); the DoH resolver turns every rejection into a status, never a throw. */
export type DohTransport = (req: DohRequest) => Promise<DohResponse>;
