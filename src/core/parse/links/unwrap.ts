/**
 * Peels known link wrappers (mail security rewriters and redirectors) off a URL to find where it really goes, then
 * any other redirect that carries its destination in the URL (embedded-url.ts), up to a hop limit.
 * Opaque wrappers (Mimecast) are recorded but cannot be decoded offline. Never throws.
 */
import { embeddedUrl } from './embedded-url.js';

export interface Unwrapped {
  target: string;
  /** Wrapper hosts peeled off, outermost first. */
  unwrapped: string[];
  /** True when an opaque wrapper (whose destination is not in the URL) was reached. */
  opaque: boolean;
  /** Hosts of `unwrapped` followed as generic redirects (a URL carried in a parameter), not known wrappers. */
  redirects: string[];
  /** True when the hop limit stopped the unwrapping while the target still carried another URL. */
  truncated: boolean;
}

/** Wrappers and redirects nested deeper than this are left as they are (hostile nesting); see Limits.maxRedirectHops. */
export const DEFAULT_MAX_REDIRECT_HOPS = 5;
/** URLs longer than this are not decoded (limit on untrusted input). */
const MAX_URL = 8192;

function param(u: URL, ...names: string[]): string | null {
  for (const n of names) {
    const v = u.searchParams.get(n);
    if (v) return v;
  }
  return null;
}

/** Proofpoint URL Defense v2: `u=` with `-` for `%` and `_` for `/`. */
function proofpointV2(u: URL): string | null {
  const v = u.searchParams.get('u');
  if (!v) return null;
  try {
    return decodeURIComponent(v.replace(/-/g, '%').replace(/_/g, '/'));
  } catch {
    return null;
  }
}

const V3_RUN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Proofpoint URL Defense v3: `https://urldefense.com/v3/__<url>__;<base64url bytes>!!...`. Each `*` in the URL
 * stands for the next character of the decoded bytes; `**X` stands for a run whose length is the index of X + 2.
 */
function proofpointV3(href: string): string | null {
  const start = href.indexOf('/v3/__');
  if (start < 0) return null;
  const end = href.indexOf('__;', start + 6);
  if (end < 0) return null;
  const embedded = href.slice(start + 6, end);
  const bang = href.indexOf('!', end + 3);
  const enc = href.slice(end + 3, bang < 0 ? href.length : bang);
  let chars: string[] = [];
  if (enc.length > 0) {
    try {
      const b64 = enc.replace(/-/g, '+').replace(/_/g, '/');
      const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
      const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
      chars = [...new TextDecoder('utf-8').decode(bytes)];
    } catch {
      return null;
    }
  }
  let out = '';
  let k = 0;
  for (let i = 0; i < embedded.length; i++) {
    const c = embedded[i];
    if (c !== '*') {
      out += c;
      continue;
    }
    if (embedded[i + 1] === '*') {
      const len = V3_RUN.indexOf(embedded[i + 2] ?? '') + 2;
      if (len < 2) return null;
      out += chars.slice(k, k + len).join('');
      k += len;
      i += 2;
    } else {
      out += chars[k] ?? '';
      k++;
    }
  }
  return out;
}

/** One wrapper layer: returns the inner URL, 'opaque', or null when `u` is not a known wrapper. */
function peel(u: URL, href: string): string | 'opaque' | null {
  const host = u.hostname.toLowerCase();
  const path = u.pathname;
  if (host.endsWith('.safelinks.protection.outlook.com')) return param(u, 'url');
  if (host === 'urldefense.proofpoint.com') {
    if (path.startsWith('/v2/')) return proofpointV2(u);
    if (path.startsWith('/v1/')) return param(u, 'u');
  }
  if (host === 'urldefense.com' && path.startsWith('/v3/')) return proofpointV3(href);
  if (/^protect(-[a-z0-9]+)*\.mimecast\.com$/.test(host) || host.endsWith('.mimecastprotect.com')) return 'opaque';
  if (/^(www\.)?google\.[a-z.]{2,6}$/.test(host) && path === '/url') return param(u, 'q', 'url');
  if ((host === 'l.facebook.com' || host === 'lm.facebook.com') && path === '/l.php') return param(u, 'u');
  if ((host === 'www.youtube.com' || host === 'youtube.com') && path === '/redirect') return param(u, 'q');
  if (host === 'linkprotect.cudasvc.com' && path === '/url') return param(u, 'a');
  if (host.endsWith('.trendmicro.com') && path.includes('/clicktime/')) return param(u, 'url');
  if (host === 'clicktime.symantec.com') return param(u, 'u');
  // GMX / WEB.DE webmail dereferrers (added by the recipient's mailbox when mail is forwarded from it).
  if (
    (host === 'deref-gmx.net' || host === 'deref-mail.com' || host === 'deref-web.de' || host === 'deref-web-02.de') &&
    path.includes('/dereferrer')
  ) {
    return param(u, 'redirectUrl');
  }
  if (host === 'secure-web.cisco.com') {
    // Cisco Secure Email: the last path segment is the percent-encoded destination.
    const last = path.slice(path.lastIndexOf('/') + 1);
    try {
      return decodeURIComponent(last);
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * Known wrappers that are public redirectors anyone can point anywhere (search engines, social networks), as opposed
 * to the recipient's mail-security rewriters: followed the same way, but recorded as redirects.
 */
function isPublicRedirector(u: URL): boolean {
  const host = u.hostname.toLowerCase();
  return (
    (/^(www\.)?google\.[a-z.]{2,6}$/.test(host) && u.pathname === '/url') ||
    host === 'l.facebook.com' ||
    host === 'lm.facebook.com' ||
    host === 'www.youtube.com' ||
    host === 'youtube.com'
  );
}

function parseHttp(s: string): URL | null {
  if (s.length > MAX_URL) return null;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

export function unwrapUrl(href: string, maxHops: number = DEFAULT_MAX_REDIRECT_HOPS): Unwrapped {
  return unwrapWithUrl(href, maxHops).result;
}

/**
 * `unwrapUrl`, plus the parsed target (`new URL(result.target)` when it is an http(s) URL within the length limit,
 * else null): the link describer reads its host and path from it instead of parsing the same text again.
 */
export function unwrapWithUrl(href: string, maxHops: number = DEFAULT_MAX_REDIRECT_HOPS): { result: Unwrapped; url: URL | null } {
  const result: Unwrapped = { target: href, unwrapped: [], opaque: false, redirects: [], truncated: false };
  const hops = Number.isSafeInteger(maxHops) && maxHops > 0 ? maxHops : DEFAULT_MAX_REDIRECT_HOPS;
  let current = href;
  let url: URL | null = null;
  let next: URL | null = null; // a known wrapper's inner URL, parsed once when checked
  for (let depth = 0; ; depth++) {
    const u = next ?? parseHttp(current);
    next = null;
    url = u;
    if (!u) break;
    const known = peel(u, current);
    if (known === 'opaque') {
      if (depth >= hops) {
        result.truncated = true;
        break;
      }
      result.unwrapped.push(u.hostname.toLowerCase());
      result.opaque = true;
      break;
    }
    if (known !== null) next = parseHttp(known);
    const inner = known !== null ? (next ? known : null) : (embeddedUrl(u)?.url ?? null);
    if (inner === null || inner === current) break;
    if (depth >= hops) {
      result.truncated = true;
      break;
    }
    const host = u.hostname.toLowerCase();
    result.unwrapped.push(host);
    if (known === null || isPublicRedirector(u)) result.redirects.push(host);
    current = inner;
  }
  result.target = current;
  return { result, url };
}
