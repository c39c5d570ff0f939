/**
 * DoH transport over the browser's fetch (extension background / service worker). The extension needs a
 * host permission for the resolver's origin: resolvers send no CORS headers. No cookies or credentials are
 * sent, nothing is cached by the HTTP layer (the core caches by TTL), redirects are refused.
 */
import type { DohRequest, DohResponse, DohTransport } from '../../core/dns/types.js';

/** RFC 8484 / RFC 1035 4.2.2: a DNS message is at most 65535 octets; anything longer is cut off and rejected by the core. */
const MAX_BODY_BYTES = 65_535 + 1;

async function readCapped(res: Response): Promise<Uint8Array> {
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array(await res.arrayBuffer()).slice(0, MAX_BODY_BYTES);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.length;
    if (total >= MAX_BODY_BYTES) {
      await reader.cancel();
      break;
    }
  }
  const out = new Uint8Array(Math.min(total, MAX_BODY_BYTES));
  let off = 0;
  for (const c of chunks) {
    const n = Math.min(c.length, out.length - off);
    out.set(c.subarray(0, n), off);
    off += n;
  }
  return out;
}

export function createFetchDohTransport(fetchFn: typeof fetch): DohTransport {
  return async (req: DohRequest): Promise<DohResponse> => {
    const init: RequestInit = {
      method: req.method,
      headers:
        req.method === 'POST'
          ? { accept: 'application/dns-message', 'content-type': 'application/dns-message' }
          : { accept: 'application/dns-message' },
      signal: req.signal,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
    };
    if (req.method === 'POST' && req.body) init.body = req.body as Uint8Array<ArrayBuffer>;
    const res = await fetchFn(req.url, init);
    return { status: res.status, contentType: res.headers.get('content-type'), body: await readCapped(res) };
  };
}
