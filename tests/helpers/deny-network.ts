/**
 * Unit tests are hermetic: any attempt to reach the network fails the test loudly.
 * Covers fetch, node:net/tls sockets, node:dns, node:http(s)/http2 requests. Loopback is denied too:
 * tests that need a server belong in tests/integration.
 */
import net from 'node:net';
import tls from 'node:tls';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import http2 from 'node:http2';

function deny(what: string): never {
  throw new Error(`network access in a unit test (${what}); unit tests must be hermetic`);
}

globalThis.fetch = ((input: unknown) => deny(`fetch ${String(input)}`)) as typeof fetch;
const patch = (obj: object, key: string, label: string): void => {
  Object.defineProperty(obj, key, {
    value: (...args: unknown[]) => deny(`${label} ${JSON.stringify(args[0] ?? '')}`),
    configurable: true,
    writable: true,
  });
};
patch(net, 'connect', 'net.connect');
patch(net, 'createConnection', 'net.createConnection');
patch(net.Socket.prototype, 'connect', 'socket.connect');
patch(tls, 'connect', 'tls.connect');
patch(http, 'request', 'http.request');
patch(http, 'get', 'http.get');
patch(https, 'request', 'https.request');
patch(https, 'get', 'https.get');
patch(http2, 'connect', 'http2.connect');
for (const fn of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveMx', 'resolveTxt', 'resolvePtr', 'reverse', 'resolveAny'] as const) {
  patch(dns, fn, `dns.${fn}`);
  patch(dns.promises, fn, `dns.promises.${fn}`);
}
