/**
 * A real DNS-over-HTTPS server on 127.0.0.1 for integration tests: unbound (HTTP/2 DoH) serving zone fixture JSON
 * as auth-zones, with a throwaway CA. Never recurses, never reaches the internet; stops only its own PID.
 * Facts from /work/shared/recipes/doh-server.md.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createNodeDohTransport } from '../../src/platform/node/doh-transport.js';
import { createDohResolver } from '../../src/core/dns/doh-resolver.js';
import { zoneToFiles, type ZoneJson } from './unbound-zonefile.js';

export type { ZoneJson } from './unbound-zonefile.js';
const run = promisify(execFile);

export interface UnboundDoh {
  url: string;
  caPem: string;
  port: number;
  /** Zone entries unbound cannot serve (TIMEOUT, record-less leaves). */
  unsupported: string[];
  stop(): Promise<void>;
}

export interface UnboundOptions {
  /** Names (and everything below) answered SERVFAIL, via a stub zone on the do-not-query list. */
  servfail?: string[];
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Throwaway CA + server cert for localhost/127.0.0.1 in `dir` (ca.pem, server.pem, server.key). */
export async function makeCerts(dir: string): Promise<void> {
  const o = (args: string[]) => run('openssl', args, { cwd: dir });
  await o([
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=Sender Lens test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign',
  ]);
  await o([
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    'server.key',
    '-out',
    'server.csr',
    '-subj',
    '/CN=localhost',
  ]);
  await writeFile(
    path.join(dir, 'ext.cnf'),
    'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n',
  );
  await o([
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.pem',
    '-days',
    '2',
    '-extfile',
    'ext.cnf',
  ]);
}

function config(dir: string, port: number, zones: string[], owners: string[], servfail: string[]): string {
  const localZones = new Set<string>();
  for (const o of owners) {
    const labels = o.slice(0, -1).split('.');
    for (let i = 0; i < labels.length; i++) localZones.add(`${labels.slice(i).join('.')}.`);
  }
  const lines = [
    'server:',
    '  username: ""',
    '  chroot: ""',
    `  directory: "${dir}"`,
    '  do-daemonize: no',
    '  pidfile: ""',
    '  use-syslog: no',
    `  logfile: "${dir}/unbound.log"`,
    '  verbosity: 1',
    '  num-threads: 1',
    '  do-ip6: no',
    `  interface: 127.0.0.1@${port}`,
    `  https-port: ${port}`,
    '  http-endpoint: "/dns-query"',
    `  tls-service-key: "${dir}/server.key"`,
    `  tls-service-pem: "${dir}/server.pem"`,
    '  module-config: "iterator"',
    '  do-not-query-address: 0.0.0.0/0',
    '  do-not-query-address: ::/0',
    '  local-zone: "." static',
    '  incoming-num-tcp: 100',
    '  cache-max-ttl: 0',
    '  cache-max-negative-ttl: 0',
    '  rrset-roundrobin: no',
    '  minimal-responses: yes',
    ...[...localZones].map((z) => `  local-zone: "${z}" transparent`),
    ...servfail.map((n) => `  local-zone: "${n}." transparent`),
    ...zones.flatMap((z) => [
      'auth-zone:',
      `  name: "${z}."`,
      `  zonefile: "${dir}/${z}.zone"`,
      '  for-downstream: yes',
      '  for-upstream: no',
      '  fallback-enabled: no',
    ]),
    ...servfail.flatMap((n) => ['stub-zone:', `  name: "${n}."`, '  stub-addr: 127.0.0.1@9']),
  ];
  return `${lines.join('\n')}\n`;
}

async function waitReady(url: string, caPem: string, child: ChildProcess, logFile: string): Promise<void> {
  const transport = createNodeDohTransport({ ca: caPem });
  const resolver = createDohResolver({ endpoints: [url], transport, timeoutMs: 500, now: () => performance.now() });
  try {
    for (let i = 0; i < 100; i++) {
      if (child.exitCode !== null)
        throw new Error(`unbound exited (${child.exitCode}): ${await readFile(logFile, 'utf8').catch(() => '')}`);
      const r = await resolver.query('readiness.invalid', 'A');
      if (r.status === 'nxdomain' || r.status === 'ok' || r.status === 'nodata') return;
      await new Promise((res) => setTimeout(res, 50));
    }
    throw new Error(`unbound did not answer: ${await readFile(logFile, 'utf8').catch(() => '')}`);
  } finally {
    await transport.close();
  }
}

export async function startUnboundDoh(zone: ZoneJson, opts: UnboundOptions = {}): Promise<UnboundDoh> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sl-unbound-'));
  const { files, owners, unsupported } = zoneToFiles(zone);
  await makeCerts(dir);
  for (const [z, text] of files) await writeFile(path.join(dir, `${z}.zone`), text);
  const port = await freePort();
  const conf = path.join(dir, 'unbound.conf');
  await writeFile(conf, config(dir, port, [...files.keys()], owners, opts.servfail ?? []));
  const caPem = await readFile(path.join(dir, 'ca.pem'), 'utf8');
  const child = spawn('unbound', ['-d', '-p', '-c', conf], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `https://127.0.0.1:${port}/dns-query`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.pid !== undefined) {
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(t);
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(url, caPem, child, path.join(dir, 'unbound.log'));
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, caPem, port, unsupported, stop };
}
