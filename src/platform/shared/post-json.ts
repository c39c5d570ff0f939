/**
 * One JSON POST over a fetch function (Node's undici or the browser's), for the Safe Browsing Lookup API: no cookies,
 * no redirects, no referrer, body read up to a limit.
 */
import type { HttpPostJson } from '../../core/evidence/safe-browsing.js';
import { readStreamLimited } from './read-limited.js';

const MAX_BODY_BYTES = 512 * 1024;

type FetchLike = (
  url: string,
  init: {
    method: string;
    headers: Record<string, string>;
    body: string;
    signal: AbortSignal;
    redirect: 'error';
    credentials?: 'omit';
    referrerPolicy?: 'no-referrer';
  },
) => Promise<{ status: number; body: ReadableStream | null }>;

export function createPostJson(fetchFn: FetchLike): HttpPostJson {
  return async ({ url, body, signal }) => {
    const res = await fetchFn(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal,
      redirect: 'error',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    if (!res.body) return { status: res.status, body: '' };
    const bytes = await readStreamLimited(res.body as ReadableStream<Uint8Array>, MAX_BODY_BYTES);
    if (bytes === null) throw new Error(`answer longer than ${MAX_BODY_BYTES} bytes`);
    return { status: res.status, body: new TextDecoder().decode(bytes) };
  };
}
