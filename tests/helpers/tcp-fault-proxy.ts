/**
 * A TCP proxy on 127.0.0.1:0 in front of a loopback server, that injects one fault into the FIRST connection once
 * `afterBytes` bytes went from the server to the client: `drop` closes both sides (a dropped connection), `stall`
 * stops forwarding the server's bytes (a server that went silent). Later connections pass through untouched.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface FaultProxy {
  port: number;
  /** Connections accepted so far. */
  connections(): number;
  /** True once the fault was injected. */
  faulted(): boolean;
  close(): Promise<void>;
}

export async function startFaultProxy(targetPort: number, mode: 'drop' | 'stall', afterBytes: number): Promise<FaultProxy> {
  let count = 0;
  let faulted = false;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    count++;
    const first = count === 1;
    const upstream = connect(targetPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    let fromServer = 0;
    upstream.on('data', (d: Buffer) => {
      if (first && faulted) return; // stalled: swallow
      fromServer += d.length;
      if (first && fromServer > afterBytes) {
        faulted = true;
        if (mode === 'drop') {
          client.destroy();
          upstream.destroy();
          return;
        }
        return; // stall: nothing more reaches the client
      }
      client.write(d);
    });
    client.on('data', (d: Buffer) => upstream.write(d));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  if (typeof addr !== 'object' || !addr) throw new Error('proxy has no port');
  return {
    port: addr.port,
    connections: () => count,
    faulted: () => faulted,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
