/**
 * DNS-over-HTTPS client (RFC 8484) over an injected transport. Several endpoints are tried in order on failure;
 * an endpoint that fails moves to the back for later queries. Every failure becomes a DnsResult, never a throw.
 */
import type { DnsResult, DohResponse, DohTransport, QueryOptions, Resolver, RRType } from './types.js';
import { errorResult, interpretResponse } from './answer.js';
import { linkedController, raceAbort } from './abort.js';
import { createLimiter } from './limiter.js';
import { base64UrlEncode } from './wire/base64url.js';
import { MAX_MESSAGE_OCTETS } from './wire/bytes.js';
import { decodeMessage, encodeQuery } from './wire/message.js';

/** Privacy-respecting public resolvers (no logging of client IPs); for entries/cli defaults only, never tests. */
export const DEFAULT_DOH_ENDPOINTS: readonly string[] = Object.freeze([
  'https://dns.quad9.net/dns-query',
  'https://cloudflare-dns.com/dns-query',
]);

export interface DohResolverOptions {
  endpoints: string[];
  transport: DohTransport;
  /** RFC 8484 4.1: GET (cache friendly, the default) or POST. */
  method?: 'GET' | 'POST';
  /** Per-attempt timeout in ms (default 4000, 1..60000). A query tries each endpoint at most once. */
  timeoutMs?: number;
  /** Requests in flight at once (default 8, 1..64). */
  maxConcurrency?: number;
  now: () => number;
}

export const DOH_MEDIA_TYPE = 'application/dns-message';
const DEFAULT_TIMEOUT_MS = 4000;
const DEFAULT_CONCURRENCY = 8;

function clampInt(v: number | undefined, def: number, min: number, max: number): number {
  if (v === undefined || !Number.isFinite(v)) return def;
  return Math.min(max, Math.max(min, Math.floor(v)));
}

function validEndpoint(u: string): boolean {
  if (!URL.canParse(u)) return false;
  const url = new URL(u);
  // RFC 8484 5: DoH servers are https URIs.
  return url.protocol === 'https:' && url.hash === '';
}

/** 'retry' outcomes send the query to the next endpoint; 'final' ones are the answer. */
type Attempt = { kind: 'final'; result: DnsResult } | { kind: 'retry'; result: DnsResult };

export function createDohResolver(opts: DohResolverOptions): Resolver {
  const endpoints = opts.endpoints.filter(validEndpoint);
  const method = opts.method === 'POST' ? 'POST' : 'GET';
  const timeoutMs = clampInt(opts.timeoutMs, DEFAULT_TIMEOUT_MS, 1, 60_000);
  const limiter = createLimiter(clampInt(opts.maxConcurrency, DEFAULT_CONCURRENCY, 1, 64));
  /** Endpoint order for the next query: failing endpoints are demoted. */
  let order = endpoints.map((_, i) => i);

  const demote = (i: number): void => {
    if (order[0] === i && order.length > 1) order = [...order.slice(1), i];
  };

  function readResponse(res: DohResponse, name: string, type: RRType, url: string): Attempt {
    const fail = (status: DnsResult['status'], why: string): Attempt => ({
      kind: 'retry',
      result: errorResult(name, type, status, `${url}: ${why}`),
    });
    // RFC 8484 4.2.1: a non-2xx status means no DNS answer was obtained.
    if (res.status < 200 || res.status > 299) return fail('error', `HTTP ${res.status}`);
    const ct = (res.contentType ?? '').split(';')[0]?.trim().toLowerCase();
    if (ct !== DOH_MEDIA_TYPE) return fail('error', `content-type ${res.contentType ?? '(none)'} is not ${DOH_MEDIA_TYPE}`);
    if (res.body.length > MAX_MESSAGE_OCTETS) return fail('error', 'body longer than 65535 octets');
    const decoded = decodeMessage(res.body);
    if (!decoded.ok) return fail('error', `malformed response: ${decoded.error}`);
    const result = interpretResponse(decoded.message, name, type, 0);
    if (result.status === 'servfail' || result.status === 'error') {
      return { kind: 'retry', result: { ...result, error: `${url}: ${result.error ?? result.status}` } };
    }
    return { kind: 'final', result };
  }

  async function attempt(url: string, query: Uint8Array, name: string, type: RRType, outer?: AbortSignal): Promise<Attempt> {
    const link = linkedController([outer], timeoutMs);
    const signal = link.controller.signal;
    const started = opts.now();
    const onAbort = (): Attempt =>
      link.timedOut()
        ? { kind: 'retry', result: errorResult(name, type, 'timeout', `${url}: no answer within ${timeoutMs} ms`) }
        : { kind: 'final', result: errorResult(name, type, 'error', 'query aborted') };
    try {
      const req =
        method === 'GET'
          ? ({ url: `${url}${url.includes('?') ? '&' : '?'}dns=${base64UrlEncode(query)}`, method, signal } as const)
          : ({ url, method, body: query, signal } as const);
      let pending: Promise<DohResponse>;
      try {
        pending = opts.transport(req);
      } catch (e) {
        pending = Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
      const res = await raceAbort<DohResponse | Attempt>(pending, signal, onAbort);
      if ('kind' in res) return res;
      return readResponse(res, name, type, url);
    } catch (e) {
      if (signal.aborted) return onAbort();
      const ms = opts.now() - started;
      return {
        kind: 'retry',
        result: errorResult(name, type, 'error', `${url}: request failed after ${ms} ms: ${e instanceof Error ? e.message : String(e)}`),
      };
    } finally {
      link.dispose();
    }
  }

  async function query(name: string, type: RRType, options: QueryOptions = {}): Promise<DnsResult> {
    const enc = encodeQuery(name, type, 0);
    if (!enc.ok) return errorResult(name, type, 'error', `not a valid query: ${enc.error}`);
    if (endpoints.length === 0) return errorResult(name, type, 'error', 'no valid https DoH endpoint configured');
    const release = await limiter.acquire(options.signal);
    if (!release) return errorResult(name, type, 'error', 'query aborted');
    try {
      let last: DnsResult | null = null;
      for (const i of [...order]) {
        const url = endpoints[i];
        if (url === undefined) continue;
        const a = await attempt(url, enc.bytes, name, type, options.signal);
        if (a.kind === 'final') return a.result;
        demote(i);
        last = last === null || a.result.status !== 'error' || last.status === 'error' ? a.result : last;
        if (options.signal?.aborted) break;
      }
      return last ?? errorResult(name, type, 'error', 'no endpoint answered');
    } finally {
      release();
    }
  }

  return {
    query: (name, type, options) =>
      query(name, type, options).catch((e: unknown) => errorResult(name, type, 'error', `internal: ${String(e)}`)),
  };
}
