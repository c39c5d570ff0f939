// Preload for child processes in privacy tests (`node --import ./tests/helpers/recording-preload.mjs ...`):
// any network attempt (socket connect, TLS, DNS lookup/resolve, fetch, http2) is written to stderr as
// `NETWORK-ATTEMPT <what>` and the process exits with code 97 before anything leaves the machine.
import net from 'node:net';
import tls from 'node:tls';
import dns from 'node:dns';
import http2 from 'node:http2';
import process from 'node:process';

export const EXIT_ON_ATTEMPT = 97;

function caught(what) {
  process.stderr.write(`NETWORK-ATTEMPT ${what}\n`);
  process.exit(EXIT_ON_ATTEMPT);
}
const describe = (a) => {
  try {
    return JSON.stringify(a) ?? String(a);
  } catch {
    return String(a);
  }
};
const trap = (obj, key, label) => {
  Object.defineProperty(obj, key, { configurable: true, writable: true, value: (...args) => caught(`${label} ${describe(args[0])}`) });
};
trap(net.Socket.prototype, 'connect', 'socket.connect');
trap(net, 'connect', 'net.connect');
trap(net, 'createConnection', 'net.createConnection');
trap(tls, 'connect', 'tls.connect');
trap(http2, 'connect', 'http2.connect');
trap(globalThis, 'fetch', 'fetch');
for (const fn of [
  'lookup',
  'lookupService',
  'resolve',
  'resolve4',
  'resolve6',
  'resolveMx',
  'resolveTxt',
  'resolvePtr',
  'resolveAny',
  'reverse',
]) {
  trap(dns, fn, `dns.${fn}`);
  trap(dns.promises, fn, `dns.promises.${fn}`);
}
