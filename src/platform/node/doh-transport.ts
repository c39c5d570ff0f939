/**
 * DoH transport for Node: undici 7 fetch with an HTTP/2-capable Agent (unbound's DoH speaks HTTP/2 only and
 * Node 20's built-in fetch is HTTP/1.1 only). Bodies are read with a size limit; errors reject and the DoH
 * resolver turns them into statuses.
 */
import { Agent, fetch } from 'undici';
import type { DohRequest, DohResponse, DohTransport } from '../../core/dns/types.js';
import { readStreamLimited } from '../shared/read-limited.js';

/** RFC 8484 / RFC 1035: a DNS message is at most 65535 octets; anything longer is not read. */
const MAX_BODY_OCTETS = 65535;

export interface NodeDohTransportOptions {
  /** Extra CA certificate(s), PEM, trusted for the DoH server (tests use a throwaway CA). */
  ca?: string | Buffer;
  /** TCP/TLS connect timeout in ms (default 5000). The per-query timeout is the resolver's AbortSignal. */
  connectTimeoutMs?: number;
}

export interface NodeDohTransport extends DohTransport {
  /** Closes pooled connections (call at exit, or after tests). */
  close(): Promise<void>;
}

async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const bytes = await readStreamLimited(body, limit);
  if (bytes === null) throw new Error(`DoH response body longer than ${limit} octets`);
  return bytes;
}

const DROP_CODES = new Set(['UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNRESET', 'EPIPE']);

function isConnectionDrop(e: unknown): boolean {
  const cause = e instanceof Error ? e.cause : null;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  return DROP_CODES.has(code);
}

export function createNodeDohTransport(opts: NodeDohTransportOptions = {}): NodeDohTransport {
  const agent = new Agent({
    allowH2: true,
    connect: { ...(opts.ca !== undefined ? { ca: opts.ca } : {}), timeout: opts.connectTimeoutMs ?? 5000 },
  });
  const transport = async (req: DohRequest): Promise<DohResponse> => {
    try {
      try {
        return await exchange(req);
      } catch (e) {
        // A server may close a pooled connection just as a request is sent on it (GOAWAY, idle or connection
        // limits). DNS queries are idempotent: retry once on a fresh connection, unless the caller gave up.
        if (req.signal.aborted || !isConnectionDrop(e)) throw e;
        return await exchange(req);
      }
    } catch (e) {
      // undici reports "fetch failed" with the real reason in `cause`; keep it for the check's reason text.
      const cause = e instanceof Error && e.cause instanceof Error ? e.cause : null;
      const code = cause && 'code' in cause ? ` ${String(cause.code)}` : '';
      throw new Error(`${e instanceof Error ? e.message : String(e)}${cause ? `:${code} ${cause.message}` : ''}`, { cause: e });
    }
  };
  const exchange = async (req: DohRequest): Promise<DohResponse> => {
    const headers: Record<string, string> = { accept: 'application/dns-message' };
    if (req.method === 'POST') headers['content-type'] = 'application/dns-message';
    const res = await fetch(req.url, {
      method: req.method,
      headers,
      ...(req.method === 'POST' && req.body ? { body: req.body } : {}),
      signal: req.signal,
      dispatcher: agent,
      redirect: 'error',
    });
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > MAX_BODY_OCTETS) {
      await res.body?.cancel().catch(() => undefined);
      throw new Error(`DoH response declares ${declared} octets`);
    }
    const body = await readLimited(res.body as ReadableStream<Uint8Array> | null, MAX_BODY_OCTETS);
    return { status: res.status, contentType: res.headers.get('content-type'), body };
  };
  return Object.assign(transport, { close: () => agent.close() });
}
