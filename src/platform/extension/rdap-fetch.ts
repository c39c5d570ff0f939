/**
 * RDAP transport over the browser's fetch (extension background). RDAP servers send CORS headers (RFC 7480 5.6), so
 * no host permission is needed. No cookies, no HTTP cache, no referrer; redirects are not followed here: a browser
 * hides the Location of a manual redirect, so a redirecting server reads as "could not check" (status 0).
 */
import type { RdapFetch } from '../../core/evidence/rdap/client.js';
import { readStreamLimited } from '../shared/read-limited.js';

const MAX_RDAP_BODY_BYTES = 256 * 1024;

export function createFetchRdapFetch(fetchFn: typeof fetch): RdapFetch {
  return async ({ url, signal }) => {
    const res = await fetchFn(url, {
      method: 'GET',
      headers: { accept: 'application/rdap+json, application/json;q=0.9' },
      signal,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
      referrerPolicy: 'no-referrer',
    });
    if (res.type === 'opaqueredirect') return { status: 0, location: null, retryAfter: null, body: '' };
    let body = '';
    if (res.body) {
      const bytes = await readStreamLimited(res.body, MAX_RDAP_BODY_BYTES);
      if (bytes === null) throw new Error(`RDAP answer longer than ${MAX_RDAP_BODY_BYTES} bytes`);
      body = new TextDecoder().decode(bytes);
    }
    return { status: res.status, location: res.headers.get('location'), retryAfter: res.headers.get('retry-after'), body };
  };
}
