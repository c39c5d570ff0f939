/**
 * Optional URL reputation with the user's own key: Google Safe Browsing v4 Lookup API (threatMatches:find). Off unless
 * a key is set. What leaves the machine: one HTTPS POST to safebrowsing.googleapis.com carrying the key and the full
 * target URLs of the message's links (at most MAX_SB_URLS). The HTTP effect is injected; answers are cached per URL
 * (matches for the `cacheDuration` Google gives, clean answers for 5 minutes), and failures are "could not check".
 */
import { linkedController } from '../dns/abort.js';

export const SAFE_BROWSING_ENDPOINT = 'https://safebrowsing.googleapis.com/v4/threatMatches:find';
/** URLs sent per message (the API takes up to 500). */
export const MAX_SB_URLS = 20;
const THREAT_TYPES = ['MALWARE', 'SOCIAL_ENGINEERING', 'UNWANTED_SOFTWARE', 'POTENTIALLY_HARMFUL_APPLICATION'];

/** One POST of a JSON body; resolves with the status and body text (already size-limited), rejects on network errors. */
export type HttpPostJson = (req: { url: string; body: string; signal: AbortSignal }) => Promise<{ status: number; body: string }>;

export type UrlReputationAnswer =
  { status: 'ok'; matches: Array<{ url: string; threat: string }> } | { status: 'unavailable'; reason: string };

export interface UrlReputationClient {
  lookup(urls: readonly string[], opts: { timeLeftMs: number }): Promise<UrlReputationAnswer>;
  readonly requests: number;
}

export interface SafeBrowsingOptions {
  key: string;
  post: HttpPostJson;
  now: () => number;
  /** For tests: another endpoint (https, or loopback http). */
  endpoint?: string;
  clientVersion?: string;
  requestTimeoutMs?: number;
  maxEntries?: number;
}

/** "300s" / "12.5s" (protobuf Duration in JSON) -> ms, bounded to a day. */
function durationMs(v: unknown): number {
  const m = typeof v === 'string' ? /^(\d{1,6})(?:\.\d+)?s$/.exec(v) : null;
  return m ? Math.min(Number(m[1]) * 1000, 86_400_000) : 300_000;
}

export function createSafeBrowsingClient(o: SafeBrowsingOptions): UrlReputationClient {
  const cache = new Map<string, { threat: string | null; until: number }>();
  const maxEntries = o.maxEntries ?? 5000;
  let requests = 0;
  return {
    get requests() {
      return requests;
    },
    async lookup(urls, { timeLeftMs }) {
      const now = o.now();
      const wanted = [...new Set(urls)].slice(0, MAX_SB_URLS);
      const fresh = (u: string) => {
        const c = cache.get(u);
        return c && c.until > now ? c : null;
      };
      const ask = wanted.filter((u) => !fresh(u));
      if (ask.length > 0) {
        const budget = Math.min(o.requestTimeoutMs ?? 3000, timeLeftMs);
        if (budget <= 0) return { status: 'unavailable', reason: "the message's time budget ran out" };
        const body = JSON.stringify({
          client: { clientId: 'sender-lens', clientVersion: o.clientVersion ?? '0' },
          threatInfo: {
            threatTypes: THREAT_TYPES,
            platformTypes: ['ANY_PLATFORM'],
            threatEntryTypes: ['URL'],
            threatEntries: ask.map((url) => ({ url })),
          },
        });
        const link = linkedController([], budget);
        let res: { status: number; body: string };
        try {
          requests++;
          const aborted = new Promise<never>((_, reject) =>
            link.controller.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true }),
          );
          res = await Promise.race([
            o.post({
              url: `${o.endpoint ?? SAFE_BROWSING_ENDPOINT}?key=${encodeURIComponent(o.key)}`,
              body,
              signal: link.controller.signal,
            }),
            aborted,
          ]);
        } catch (e) {
          return {
            status: 'unavailable',
            reason: link.timedOut()
              ? `Safe Browsing did not answer within ${budget} ms`
              : `Safe Browsing: ${e instanceof Error ? e.message : String(e)}`.slice(0, 300),
          };
        } finally {
          link.dispose();
        }
        if (res.status !== 200)
          return {
            status: 'unavailable',
            reason: `Safe Browsing answered HTTP ${res.status}${res.status === 400 || res.status === 403 ? ' (is the API key valid?)' : ''}`,
          };
        let j: unknown;
        try {
          j = JSON.parse(res.body);
        } catch {
          return { status: 'unavailable', reason: 'Safe Browsing answer is not JSON' };
        }
        const matches =
          typeof j === 'object' && j !== null && Array.isArray((j as { matches?: unknown }).matches)
            ? (j as { matches: unknown[] }).matches
            : [];
        const at = o.now();
        for (const u of ask) cache.set(u, { threat: null, until: at + 300_000 });
        for (const m of matches.slice(0, 500)) {
          if (typeof m !== 'object' || m === null) continue;
          const r = m as { threatType?: unknown; threat?: { url?: unknown }; cacheDuration?: unknown };
          const url = typeof r.threat?.url === 'string' ? r.threat.url : null;
          if (!url || !ask.includes(url)) continue;
          cache.set(url, {
            threat: typeof r.threatType === 'string' ? r.threatType.slice(0, 60) : 'THREAT',
            until: at + durationMs(r.cacheDuration),
          });
        }
        while (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
      }
      const out: Array<{ url: string; threat: string }> = [];
      for (const u of wanted) {
        const c = cache.get(u);
        if (c?.threat) out.push({ url: u, threat: c.threat });
      }
      return { status: 'ok', matches: out };
    },
  };
}
