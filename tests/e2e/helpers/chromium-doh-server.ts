/**
 * An RFC 8484 DoH server on https://127.0.0.1:<port>/dns-query answering from a zone fixture (samples/zone.json),
 * for the browser e2e: a throwaway self-signed certificate, trusted by Chromium through
 * `--ignore-certificate-errors-spki-list=<spkiSha256>` (nothing is added to any system trust store).
 */
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { respondFromZone } from '../../helpers/doh-responder.js';

export interface DohServer {
  url: string;
  /** base64 SHA-256 of the server's SubjectPublicKeyInfo, for Chromium's SPKI allow-list flag. */
  spkiSha256: string;
  queries: string[];
  stop(): Promise<void>;
}

const MAX_QUERY_BYTES = 65_535;

export async function startDohServer(zone: unknown): Promise<DohServer> {
  const dir = mkdtempSync(join(tmpdir(), 'sender-lens-doh-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const cert = readFileSync(join(dir, 'cert.pem'));
  const key = readFileSync(join(dir, 'key.pem'));
  rmSync(dir, { recursive: true, force: true });
  const spki = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
  const queries: string[] = [];
  const server = createServer({ cert, key }, (req, res) => {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    if (url.pathname !== '/dns-query') return void res.writeHead(404).end();
    const answer = (query: Uint8Array): void => {
      respondFromZone(zone, query).then(
        (wire) => {
          queries.push(Buffer.from(query).toString('base64'));
          res.writeHead(200, { 'content-type': 'application/dns-message', 'cache-control': 'max-age=0' }).end(wire);
        },
        () => res.writeHead(400).end(),
      );
    };
    if (req.method === 'GET') {
      const q = url.searchParams.get('dns');
      return q ? answer(new Uint8Array(Buffer.from(q, 'base64url'))) : void res.writeHead(400).end();
    }
    if (req.method !== 'POST') return void res.writeHead(405).end();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_QUERY_BYTES) req.destroy();
      else chunks.push(c);
    });
    req.on('end', () => answer(new Uint8Array(Buffer.concat(chunks))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  if (typeof addr !== 'object' || !addr) throw new Error('DoH server has no address');
  return {
    url: `https://127.0.0.1:${addr.port}/dns-query`,
    spkiSha256: createHash('sha256').update(spki).digest('base64'),
    queries,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
