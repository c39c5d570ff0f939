/**
 * RDAP transport for Node (CLI): one GET with undici, `accept: application/rdap+json` (RFC 7480 4.2), no redirect
 * following (the core follows redirects within its own bounds), no cookies, body read up to a limit.
 */
import { Agent, fetch } from 'undici';
import type { RdapFetch } from '../../core/evidence/rdap/client.js';
import { readStreamLimited } from '../shared/read-limited.js';

/** RDAP domain answers are a few KB; anything past this is not read. */
export const MAX_RDAP_BODY_BYTES = 256 * 1024;

export interface NodeRdapFetch {
  fetch: RdapFetch;
  close(): Promise<void>;
}

export function createNodeRdapFetch(opts: { connectTimeoutMs?: number } = {}): NodeRdapFetch {
  const agent = new Agent({ connect: { timeout: opts.connectTimeoutMs ?? 5000 } });
  return {
    fetch: async ({ url, signal }) => {
      const res = await fetch(url, {
        dispatcher: agent,
        redirect: 'manual',
        signal,
        headers: { accept: 'application/rdap+json, application/json;q=0.9' },
      });
      let body = '';
      if (res.body) {
        const bytes = await readStreamLimited(res.body as ReadableStream<Uint8Array>, MAX_RDAP_BODY_BYTES);
        if (bytes === null) throw new Error(`RDAP answer longer than ${MAX_RDAP_BODY_BYTES} bytes`);
        body = new TextDecoder().decode(bytes);
      }
      return { status: res.status, location: res.headers.get('location'), retryAfter: res.headers.get('retry-after'), body };
    },
    close: () => agent.close(),
  };
}
