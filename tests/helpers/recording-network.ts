/**
 * Records (and blocks) every other way a test process could reach the network: fetch, node:net/tls sockets,
 * node:dns lookups/resolves, node:http/https requests and node:http2 sessions. For privacy tests that must prove
 * the only traffic is the DoH transport they injected. `restore()` puts the originals back.
 */
import net from 'node:net';
import tls from 'node:tls';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import http2 from 'node:http2';

export interface NetworkRecorder {
  attempts: string[];
  restore(): void;
}

export function recordNetworkAttempts(): NetworkRecorder {
  const attempts: string[] = [];
  const undo: (() => void)[] = [];
  const patch = (obj: object, key: string, label: string): void => {
    const had = Object.getOwnPropertyDescriptor(obj, key);
    Object.defineProperty(obj, key, {
      configurable: true,
      writable: true,
      value: (...args: unknown[]) => {
        let what: string;
        try {
          what = JSON.stringify(args[0] ?? '') ?? String(args[0]);
        } catch {
          what = String(args[0]);
        }
        attempts.push(`${label} ${what}`);
        throw new Error(`network attempt during a privacy test: ${label}`);
      },
    });
    undo.push(() => {
      if (had) Object.defineProperty(obj, key, had);
      else Reflect.deleteProperty(obj, key);
    });
  };
  patch(globalThis, 'fetch', 'fetch');
  patch(net, 'connect', 'net.connect');
  patch(net, 'createConnection', 'net.createConnection');
  patch(net.Socket.prototype, 'connect', 'socket.connect');
  patch(tls, 'connect', 'tls.connect');
  patch(http, 'request', 'http.request');
  patch(http, 'get', 'http.get');
  patch(https, 'request', 'https.request');
  patch(https, 'get', 'https.get');
  patch(http2, 'connect', 'http2.connect');
  for (const fn of [
    'lookup',
    'lookupService',
    'resolve',
    'resolve4',
    'resolve6',
    'resolveMx',
    'resolveTxt',
    'resolvePtr',
    'resolveCname',
    'resolveNs',
    'resolveSoa',
    'resolveAny',
    'reverse',
  ] as const) {
    patch(dns, fn, `dns.${fn}`);
    patch(dns.promises, fn, `dns.promises.${fn}`);
  }
  return {
    attempts,
    restore: () => {
      for (const u of undo.reverse()) u();
    },
  };
}
