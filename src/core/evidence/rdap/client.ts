/**
 * RDAP registration lookups (RFC 7480 HTTP usage, RFC 9082 queries, RFC 9083 answers) for registrable domains, with
 * the effects injected: `fetch` does one HTTP GET and nothing else (no redirects followed, no cookies). The client
 * keeps a bounded cache per domain (answers for days, failures for minutes), paces requests per RDAP server, follows
 * at most `maxRedirects` redirects to allowed URLs (https, or loopback http when allowed), honours 429 Retry-After as
 * "could not check" plus a back-off for that server, and never waits past the caller's deadline.
 */
import { linkedController } from '../../dns/abort.js';
import { createLimiter, type Limiter } from '../../dns/limiter.js';
import { isAllowedRdapUrl, rdapServersFor, type RdapBootstrap } from './bootstrap.js';
import { readRdapDomain } from './parse.js';
import { parseDateSeconds } from '../../parse/headers/date.js';

export interface RdapHttpResponse {
  status: number;
  /** Location header (redirects), as sent. */
  location: string | null;
  /** Retry-After header (429/503), as sent. */
  retryAfter: string | null;
  /** Body text, already cut at the transport's limit. */
  body: string;
}

/** One GET with `accept: application/rdap+json`, no redirect following; rejects on network errors and on abort. */
export type RdapFetch = (req: { url: string; signal: AbortSignal }) => Promise<RdapHttpResponse>;

export type RdapAnswer =
  | { status: 'registered'; registered: string; server: string }
  | { status: 'hidden'; reason: string; server: string }
  | { status: 'unavailable'; reason: string; server: string | null }
  | { status: 'no-service'; reason: string };

export interface RdapClientOptions {
  fetch: RdapFetch;
  bootstrap: RdapBootstrap;
  now: () => number;
  /** Allow http:// on 127.0.0.1/::1/localhost (test servers); everything else must be https. */
  allowLoopbackHttp?: boolean;
  /** How long an answer (registered / hidden / no service) is kept. Default 3 days. */
  positiveTtlMs?: number;
  /** How long a failure is kept before asking again. Default 5 minutes. */
  failureTtlMs?: number;
  /** Domains kept in the cache. Default 2000. */
  maxEntries?: number;
  /** Sustained pace per RDAP server: one request per this many ms. Default 200 ms. */
  minIntervalMs?: number;
  /** Requests one server may receive at once before the pace applies (a message names a few domains). Default 4. */
  burst?: number;
  /** Requests in flight per RDAP server. Default 2. */
  maxConcurrentPerServer?: number;
  /** One request's timeout (also bounded by the deadline). Default 3000 ms. */
  requestTimeoutMs?: number;
  /** Redirects followed per lookup. Default 3. */
  maxRedirects?: number;
  /** Back-off after a 429 without a usable Retry-After. Default 60 s; Retry-After is capped at 1 hour. */
  defaultBackoffMs?: number;
}

export interface RdapClient {
  /** `timeLeftMs`: how long the caller can wait (its time budget); a duration, so the caller's clock may differ. */
  lookup(domain: string, opts: { timeLeftMs: number }): Promise<RdapAnswer>;
  /** HTTP requests sent so far (bench: a warm cache sends none). */
  readonly requests: number;
  readonly bootstrapPublication: string | null;
}

const MAX_BACKOFF_MS = 3_600_000;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** RFC 9110 10.2.3: Retry-After is delta-seconds or an HTTP-date. Returns ms from now, or null. */
export function retryAfterMs(v: string | null, now: number): number | null {
  if (!v) return null;
  const s = v.trim();
  if (/^\d{1,9}$/.test(s)) return Number(s) * 1000;
  const t = parseDateSeconds(s);
  return t !== null ? Math.max(0, t * 1000 - now) : null;
}

export function createRdapClient(o: RdapClientOptions): RdapClient {
  const positiveTtl = o.positiveTtlMs ?? 3 * 86_400_000;
  const failureTtl = o.failureTtlMs ?? 300_000;
  const maxEntries = o.maxEntries ?? 2000;
  const minInterval = o.minIntervalMs ?? 200;
  const burst = Math.max(1, o.burst ?? 4);
  const timeoutMs = o.requestTimeoutMs ?? 3000;
  const maxRedirects = o.maxRedirects ?? 3;
  const allowHttp = o.allowLoopbackHttp ?? false;
  const cache = new Map<string, { answer: RdapAnswer; until: number }>();
  const inFlight = new Map<string, Promise<RdapAnswer>>();
  const nextSlot = new Map<string, number>();
  const blockedUntil = new Map<string, number>();
  const limiters = new Map<string, Limiter>();
  let requests = 0;
  /** Failures caused by this message's time budget, not by the server: not cached. */
  const budgetFailures = new WeakSet<RdapAnswer>();

  const remember = (domain: string, answer: RdapAnswer): RdapAnswer => {
    if (budgetFailures.has(answer)) return answer;
    const ttl = answer.status === 'unavailable' ? failureTtl : positiveTtl;
    cache.delete(domain);
    cache.set(domain, { answer, until: o.now() + ttl });
    while (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
    return answer;
  };

  const serverKey = (url: string): string => new URL(url).origin;

  /**
   * Waits for this server's next free slot (a GCRA: `burst` requests at once, then one per `minInterval`); false when
   * that slot is past the deadline, and then no slot is taken.
   */
  async function pace(key: string, deadline: number): Promise<boolean> {
    const now = o.now();
    const tat = Math.max(now, nextSlot.get(key) ?? 0);
    const slot = Math.max(now, tat - (burst - 1) * minInterval);
    if (slot >= deadline) return false;
    nextSlot.set(key, tat + minInterval);
    if (slot > now) await new Promise<void>((r) => setTimeout(r, slot - now));
    return true;
  }

  async function get(url: string, deadline: number): Promise<RdapHttpResponse | { failed: string; budget?: boolean }> {
    const key = serverKey(url);
    const blocked = blockedUntil.get(key) ?? 0;
    if (blocked > o.now()) return { failed: `${key} asked us to wait (HTTP 429) for ${Math.ceil((blocked - o.now()) / 1000)} s more` };
    if (!(await pace(key, deadline))) return { failed: `${key}: no request slot before the message's time budget ends`, budget: true };
    let limiter = limiters.get(key);
    if (!limiter) limiters.set(key, (limiter = createLimiter(o.maxConcurrentPerServer ?? 2)));
    const budget = Math.min(timeoutMs, deadline - o.now());
    if (budget <= 0) return { failed: "the message's time budget ran out", budget: true };
    const link = linkedController([], budget);
    const release = await limiter.acquire(link.controller.signal);
    try {
      if (!release) return { failed: `${key} did not answer within ${budget} ms` };
      requests++;
      const signal = link.controller.signal;
      // A transport that ignores the signal still cannot hold the lookup past the budget.
      const aborted = new Promise<never>((_, reject) =>
        signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true }),
      );
      return await Promise.race([o.fetch({ url, signal }), aborted]);
    } catch (e) {
      return {
        failed: link.timedOut()
          ? `${key} did not answer within ${budget} ms`
          : `${key}: ${e instanceof Error ? e.message : String(e)}`.slice(0, 300),
      };
    } finally {
      release?.();
      link.dispose();
    }
  }

  async function ask(domain: string, deadline: number): Promise<RdapAnswer> {
    const servers = rdapServersFor(o.bootstrap, domain);
    if (servers.length === 0)
      return { status: 'no-service', reason: `no RDAP service is registered for .${domain.split('.').pop() ?? ''}` };
    const base = servers[0]!;
    // RFC 9082 3.1.3: domain path segment; the name is ASCII (A-labels) already.
    let url = `${base}domain/${encodeURIComponent(domain)}`;
    const seen = new Set<string>([url]);
    for (let hop = 0; ; hop++) {
      const r = await get(url, deadline);
      if ('failed' in r) {
        const a: RdapAnswer = { status: 'unavailable', reason: r.failed, server: base };
        if (r.budget) budgetFailures.add(a);
        return a;
      }
      if (r.status === 200) {
        const reading = readRdapDomain(r.body, domain);
        if (reading.kind === 'registered') return { status: 'registered', registered: reading.registered, server: base };
        if (reading.kind === 'hidden') return { status: 'hidden', reason: reading.reason, server: base };
        return { status: 'unavailable', reason: `${serverKey(url)}: ${reading.reason}`, server: base };
      }
      if (REDIRECTS.has(r.status)) {
        // RFC 7480 5.2: redirects are followed, within bounds and to allowed URLs only.
        if (!r.location || !URL.canParse(r.location, url))
          return { status: 'unavailable', reason: `redirect without a usable Location from ${serverKey(url)}`, server: base };
        const next = new URL(r.location, url).href;
        if (!isAllowedRdapUrl(next, allowHttp))
          return { status: 'unavailable', reason: `refused to follow a redirect to ${next.slice(0, 200)} (https only)`, server: base };
        if (seen.has(next)) return { status: 'unavailable', reason: `redirect loop at ${next.slice(0, 200)}`, server: base };
        if (hop + 1 > maxRedirects) return { status: 'unavailable', reason: `more than ${maxRedirects} redirects`, server: base };
        seen.add(next);
        url = next;
        continue;
      }
      if (r.status === 429) {
        // RFC 7480 5.5: the server is rate limiting us; back off that server and say we could not check.
        const wait = Math.min(retryAfterMs(r.retryAfter, o.now()) ?? o.defaultBackoffMs ?? 60_000, MAX_BACKOFF_MS);
        blockedUntil.set(serverKey(url), o.now() + wait);
        return {
          status: 'unavailable',
          reason: `${serverKey(url)} is rate limiting (HTTP 429), retry after ${Math.ceil(wait / 1000)} s`,
          server: base,
        };
      }
      if (r.status === 404)
        return { status: 'unavailable', reason: `${serverKey(url)} has no record of ${domain} (HTTP 404)`, server: base };
      return { status: 'unavailable', reason: `${serverKey(url)} answered HTTP ${r.status}`, server: base };
    }
  }

  return {
    get requests() {
      return requests;
    },
    bootstrapPublication: o.bootstrap.publication,
    lookup(domain, { timeLeftMs }) {
      const deadline = o.now() + Math.max(0, timeLeftMs);
      const d = domain.toLowerCase().replace(/\.$/, '');
      const hit = cache.get(d);
      if (hit && hit.until > o.now()) return Promise.resolve(hit.answer);
      let p = inFlight.get(d);
      if (!p) {
        p = ask(d, deadline)
          .catch((e: unknown): RdapAnswer => ({
            status: 'unavailable',
            reason: `RDAP lookup failed: ${e instanceof Error ? e.message : String(e)}`,
            server: null,
          }))
          .then((a) => remember(d, a))
          .finally(() => inFlight.delete(d));
        inFlight.set(d, p);
      }
      return p;
    },
  };
}
