/**
 * Finds another URL carried inside a URL: in a query parameter (`?url=`, `?q=`, `?redirect=`, `?next=`, `?u=a1aHR0…`),
 * the fragment (`#https://…`), a whole path segment (`/L0/https:%2F%2F…`, `/aHR0cHM6…`) or Yahoo's `/RU=…/RK=`
 * path parameters. The carried value may be plain, percent-encoded once or twice, or base64/base64url (possibly
 * behind a short prefix, as Bing's click URLs are). Only an absolute http(s) URL with a host counts. Never throws.
 */

export type EmbeddedEncoding = 'plain' | 'percent' | 'base64';

export interface EmbeddedUrl {
  url: string;
  encoding: EmbeddedEncoding;
  /** Where it was found: `?name`, `#`, or `/path`. */
  where: string;
}

/** Parameter or fragment values longer than this are not decoded (limit on untrusted input). */
const MAX_VALUE = 4096;
/** Query parameters and path segments examined per URL. */
const MAX_PARTS = 40;
/** Percent-decoding rounds tried (a URL encoded twice needs two after the query's own). */
const MAX_PERCENT_ROUNDS = 3;
/** Characters allowed before the base64 of "http" (Bing's `a1`). */
const MAX_B64_PREFIX = 4;

/** Parameter names that carry a destination, tried before any other parameter. */
const REDIRECT_PARAMS = new Set([
  'url',
  'u',
  'q',
  'ru',
  'redirect',
  'redirect_url',
  'redirect_uri',
  'redirecturl',
  'redirecturi',
  'redir',
  'next',
  'dest',
  'destination',
  'target',
  'to',
  'goto',
  'go',
  'link',
  'l',
  'r',
  'continue',
  'return',
  'returnurl',
  'return_url',
  'return_to',
  'out',
  'href',
  'site',
  'forward',
  'uri',
  'location',
  'targeturl',
  'target_url',
  'desturl',
  'dest_url',
  'redirect_to',
]);

/** Paths of redirect endpoints (`/redirect`, `/url`, `/out`, `/away.php`, `/click`, `/track`, `/go/`, `/lnk/`, `/ck/a`). */
const REDIRECT_PATH = /redir|\/url\b|\/out\b|away|click|track|\/go\b|\/lnk\b|\/links?\b|\/r\b|\/l\b|\/ck\/|cread|jump|forward/i;
/**
 * Sign-in pages: a destination in their query is where the page sends you after you sign in there (`return_to`,
 * `RTURL`), so the page itself is where the link goes, not the destination.
 */
const SIGN_IN_PATH = /log-?in|log-?on|sign-?in|signon|\/auth|oauth|account|verif|password|passwd/i;

const ABSOLUTE = /^https?:\/\/[^/?#\s]/i;
/** "http" in base64: `aHR0c` starts both `http:` and `https:`. */
const B64_HTTP = 'aHR0c';
/** A path segment that starts a URL (`/https:`, `/http%3A`). */
const PATH_URL = /\/https?(?::|%3a)/i;
const B64_BODY = /^[A-Za-z0-9+/_-]+={0,2}$/;
/** A path segment holding a URL between star marks (`/*http://site*`), the next star or the end closing it. */
const SEPARATED_URL = /\/(\*)(https?:\/\/[^*\s]{1,2048})(?:\*|$)/i;

function percentDecode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function asHttpUrl(s: string): string | null {
  const t = s.trim();
  if (!ABSOLUTE.test(t)) return null;
  try {
    const u = new URL(t);
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.hostname === '') return null;
    return t;
  } catch {
    return null;
  }
}

function fromBase64(s: string): string | null {
  const at = s.indexOf(B64_HTTP);
  if (at < 0 || at > MAX_B64_PREFIX) return null;
  const body = s.slice(at);
  if (!B64_BODY.test(body)) return null;
  try {
    let end = body.length;
    while (end > 0 && body[end - 1] === '=') end--; // padding (at most two, B64_BODY checked), without a `=+$` scan
    const b64 = body.slice(0, end).replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8').decode(bytes);
  } catch {
    return null;
  }
}

/** A raw (still encoded) value -> the URL it carries, trying plain, percent (repeatedly) and base64 forms. */
export function decodeCarriedUrl(raw: string): { url: string; encoding: EmbeddedEncoding } | null {
  if (raw === '' || raw.length > MAX_VALUE) return null;
  const plain = asHttpUrl(raw);
  if (plain) return { url: plain, encoding: 'plain' };
  let v = raw;
  for (let round = 0; round < MAX_PERCENT_ROUNDS && v.includes('%'); round++) {
    const d = percentDecode(v);
    if (d === null || d === v) break;
    v = d;
    const u = asHttpUrl(v);
    if (u) return { url: u, encoding: 'percent' };
  }
  for (const candidate of raw === v ? [raw] : [raw, v]) {
    const decoded = fromBase64(candidate);
    const u = decoded === null ? null : asHttpUrl(decoded);
    if (u) return { url: u, encoding: 'base64' };
  }
  return null;
}

function queryParts(search: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (out.length >= MAX_PARTS) break;
    if (part === '') continue;
    const eq = part.indexOf('=');
    out.push(eq < 0 ? ['', part] : [part.slice(0, eq).toLowerCase(), part.slice(eq + 1)]);
  }
  return out;
}

/** Yahoo search click URLs put the destination in a `/RU=<percent-encoded>/` path parameter. */
function yahooRu(path: string): string | null {
  const at = path.indexOf('/RU=');
  if (at < 0) return null;
  const rest = path.slice(at + 4);
  const end = rest.indexOf('/R');
  return end < 0 ? rest : rest.slice(0, end);
}

/** The path up to where a carried URL starts (`/RU=`, `/https:`, a base64 `/aHR0c` segment). */
function ownPath(path: string): string {
  let end = path.length;
  for (const at of [path.indexOf('/RU='), path.search(PATH_URL), path.indexOf('/' + B64_HTTP)]) if (at >= 0 && at < end) end = at;
  return path.slice(0, end);
}

/** False when none of the path forms `embeddedUrl` reads can be in `path` (`/RU=`, `/https:`, `/aHR0c…`, `/*http`). */
function mayCarryInPath(path: string): boolean {
  return path.includes('/RU=') || path.includes('/' + B64_HTTP) || path.includes('/*') || PATH_URL.test(path);
}

/**
 * The URL `u` carries, or null: named redirect parameters first, then (on a redirect endpoint's path) any
 * parameter, the fragment, the path. A sign-in page's parameters are never followed (see SIGN_IN_PATH).
 */
export function embeddedUrl(u: URL): EmbeddedUrl | null {
  // No query, no fragment and none of the path forms below (most plain links): nothing to decode.
  if (u.search.length <= 1 && u.hash.length <= 1 && !mayCarryInPath(u.pathname)) return null;
  if (SIGN_IN_PATH.test(ownPath(u.pathname))) return null;
  const params = queryParts(u.search);
  const ordered = [
    ...params.filter(([k]) => REDIRECT_PARAMS.has(k)),
    ...(REDIRECT_PATH.test(u.pathname) ? params.filter(([k]) => !REDIRECT_PARAMS.has(k)) : []),
  ];
  for (const [k, v] of ordered) {
    const d = decodeCarriedUrl(v);
    if (d) return { ...d, where: `?${k}` };
  }
  if (u.hash.length > 1) {
    const d = decodeCarriedUrl(u.hash.slice(1));
    if (d) return { ...d, where: '#' };
  }
  const ru = yahooRu(u.pathname);
  if (ru !== null) {
    const d = decodeCarriedUrl(ru);
    if (d) return { ...d, where: '/RU=' };
  }
  const path = u.pathname;
  const m = PATH_URL.exec(path);
  if (m) {
    const tail = path.slice(m.index + 1);
    // `/go/https://site/x?y`: the rest of the URL is the destination; `/L0/https:%2F%2Fsite%2Fx/1/…`: one segment is.
    const d = /^https?:\/\//i.test(tail) ? decodeCarriedUrl(tail + u.search + u.hash) : decodeCarriedUrl(tail.split('/')[0]!);
    if (d) return { ...d, where: '/path' };
  }
  const segments = path.split('/');
  for (let i = 1; i < segments.length && i <= MAX_PARTS; i++) {
    if (!segments[i]!.startsWith(B64_HTTP)) continue;
    const d = decodeCarriedUrl(segments[i]!);
    if (d) return { ...d, where: '/path' };
  }
  // Click-through counters that mark the destination with stars (`/Clickthrough/<ids>/*http://www.shop.example*`).
  const marked = SEPARATED_URL.exec(path.length > MAX_VALUE ? '' : path);
  if (marked) {
    const d = decodeCarriedUrl(marked[2]!);
    if (d) return { ...d, where: '/path' };
  }
  return null;
}
