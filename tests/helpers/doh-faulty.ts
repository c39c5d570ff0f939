/**
 * A misbehaving DoH endpoint on 127.0.0.1 (node:http2 over TLS, like real DoH servers) for fault tests.
 * The first path segment picks the behaviour: `/ok/dns-query` answers from the zone; other modes hang, send
 * SERVFAIL, TC, garbage, a wrong question, HTTP 500/429, stall the body or reset the stream.
 */
import http2 from 'node:http2';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { makeCerts } from './unbound.js';
import { respondFromZone, type Mutate } from './doh-responder.js';
import { base64UrlDecode } from '../../src/core/dns/wire/base64url.js';

export type FaultMode =
  | 'ok'
  | 'hang'
  | 'servfail'
  | 'truncated'
  | 'garbage'
  | 'wrong-question'
  | 'wrong-id'
  | 'http500'
  | 'http429'
  | 'wrong-type'
  | 'stall-body'
  | 'reset';

export interface FaultyDoh {
  url(mode: FaultMode): string;
  caPem: string;
  port: number;
  /** Requests received per mode. */
  hits: Map<string, number>;
  stop(): Promise<void>;
}

const MUTATIONS: Partial<Record<FaultMode, Mutate>> = {
  servfail: (m) => ({ ...m, answers: [], flags: { ...m.flags, rcode: 2 } }),
  truncated: (m) => ({ ...m, flags: { ...m.flags, tc: true } }),
  'wrong-question': (m) => ({ ...m, questions: [{ ...m.questions[0]!, name: 'attacker.example' }] }),
  'wrong-id': (m) => ({ ...m, id: (m.id + 1) & 0xffff }),
};

export async function startFaultyDoh(zone: unknown): Promise<FaultyDoh> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sl-faulty-doh-'));
  await makeCerts(dir);
  const [key = '', cert = '', caPem = ''] = await Promise.all(
    ['server.key', 'server.pem', 'ca.pem'].map((f) => readFile(path.join(dir, f), 'utf8')),
  );
  const server = http2.createSecureServer({ key, cert, allowHTTP1: false });
  const sessions = new Set<http2.ServerHttp2Session>();
  server.on('session', (s) => {
    sessions.add(s);
    s.on('close', () => sessions.delete(s));
  });
  const hits = new Map<string, number>();
  server.on('stream', (stream, headers) => {
    stream.on('error', () => undefined);
    const url = new URL(String(headers[':path'] ?? '/'), 'https://x');
    const mode = (url.pathname.split('/')[1] ?? '') as FaultMode;
    hits.set(mode, (hits.get(mode) ?? 0) + 1);
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      void (async () => {
        const query =
          headers[':method'] === 'POST' ? new Uint8Array(Buffer.concat(chunks)) : base64UrlDecode(url.searchParams.get('dns') ?? '');
        const send = (status: number, body: Uint8Array | string, type = 'application/dns-message'): void => {
          if (stream.destroyed) return;
          stream.respond({ ':status': status, 'content-type': type });
          stream.end(body);
        };
        if (!query) return send(400, 'bad query', 'text/plain');
        switch (mode) {
          case 'hang':
            return; // never answers
          case 'http500':
            return send(500, 'internal error', 'text/plain');
          case 'http429':
            return send(429, 'slow down', 'text/plain');
          case 'garbage':
            return send(200, Uint8Array.of(0xde, 0xad, 0xbe, 0xef, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13));
          case 'wrong-type':
            return send(200, await respondFromZone(zone, query), 'text/html');
          case 'reset':
            return stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
          case 'stall-body': {
            stream.respond({ ':status': 200, 'content-type': 'application/dns-message' });
            stream.write((await respondFromZone(zone, query)).slice(0, 6));
            return; // body never completes
          }
          default:
            return send(200, await respondFromZone(zone, query, MUTATIONS[mode]));
        }
      })().catch(() => stream.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: (mode) => `https://127.0.0.1:${port}/${mode}/dns-query`,
    caPem,
    port,
    hits,
    async stop() {
      for (const s of sessions) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
