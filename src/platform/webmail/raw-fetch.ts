import { readStreamLimited } from '../shared/read-limited.js';
/**
 * Fetches a message's raw RFC 5322 source from a webmail endpoint and checks that what came back is one.
 * Webmail error pages often arrive as HTTP 200 (an HTML page, or an empty body), so status alone proves nothing:
 * the content type, the size and the first line are checked too. Never throws.
 */

/** Largest raw message accepted (same bound as the popup's paste/drop path). */
export const MAX_RAW_BYTES = 25 * 1024 * 1024;

export type FetchLike = (
  url: string,
  init?: { credentials?: 'include' | 'same-origin'; cache?: 'no-store'; redirect?: 'follow' | 'error' | 'manual' },
) => Promise<Response>;

export type RawFetchResult = { ok: true; bytes: Uint8Array; url: string } | { ok: false; reason: string };

export interface RawFetchOptions {
  maxBytes?: number;
  /** Content types (lower-case, without parameters) accepted as raw source. */
  accept?: readonly string[];
}

const DEFAULT_ACCEPT = ['text/plain', 'message/rfc822', 'application/octet-stream'];

/**
 * RFC 5322 2.2: a message starts with a header field `name:`. The RFC allows any printable US-ASCII but `:` in the
 * name; real header names are letters, digits and `-` (`_`/`.` seen in the wild), and the narrower test keeps JSON
 * (`{"error":...}`) out. Some stores prepend an mbox `From ` line; accept that too.
 */
export function looksLikeRawMessage(bytes: Uint8Array): boolean {
  let end = 0;
  while (end < bytes.length && end < 1000 && bytes[end] !== 0x0a) end++;
  const first = String.fromCharCode(...bytes.subarray(0, end));
  return /^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}:/.test(first) || first.startsWith('From ');
}

async function readLimited(res: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(res.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!res.body) {
    const buf = new Uint8Array(await res.arrayBuffer());
    return buf.length > maxBytes ? null : buf;
  }
  return readStreamLimited(res.body, maxBytes);
}

export async function fetchRawMessage(fetchFn: FetchLike, url: string, options: RawFetchOptions = {}): Promise<RawFetchResult> {
  const maxBytes = options.maxBytes ?? MAX_RAW_BYTES;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) return { ok: false, reason: 'invalid maxBytes' };
  const accept = options.accept ?? DEFAULT_ACCEPT;
  let res: Response;
  try {
    res = await fetchFn(url, { credentials: 'include', cache: 'no-store', redirect: 'follow' });
  } catch (err) {
    return { ok: false, reason: `fetch failed: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!res.ok) return { ok: false, reason: `HTTP ${res.status}` };
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!accept.includes(type)) {
    await res.body?.cancel().catch(() => undefined);
    return { ok: false, reason: `unexpected content type "${type.slice(0, 100)}" (login page or error page?)` };
  }
  let bytes: Uint8Array | null;
  try {
    bytes = await readLimited(res, maxBytes);
  } catch (err) {
    return { ok: false, reason: `read failed: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!bytes) return { ok: false, reason: `message larger than ${maxBytes} bytes` };
  if (bytes.length === 0) return { ok: false, reason: 'empty response (message gone or session expired)' };
  if (!looksLikeRawMessage(bytes)) return { ok: false, reason: 'response is not a raw message' };
  return { ok: true, bytes, url: res.url || url };
}
