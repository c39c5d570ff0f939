/**
 * A loopback HTTP proxy that records every request (plain and CONNECT) and refuses all of them, so a test proves
 * the application under test made no outside requests and fails closed if it tries.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BlockingProxy {
  port: number;
  /** "METHOD target" of each refused request, in order. */
  requests: string[];
  stop(): Promise<void>;
}

export async function startBlockingProxy(): Promise<BlockingProxy> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method ?? '?'} ${req.url ?? '?'}`);
    res.writeHead(403, { 'content-type': 'text/plain', connection: 'close' });
    res.end('blocked by the Sender Lens e2e proxy\n');
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url ?? '?'}`);
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
