/**
 * A small RDAP server on 127.0.0.1 for integration tests (node:http, port 0). Answers `GET /rdap/domain/<name>` in
 * RFC 9083 JSON from a table of behaviours per domain: registered on a date, registration hidden, 404, 429 with
 * Retry-After, garbage JSON, a hang, a redirect (to /moved/domain/<name>), a redirect loop, HTTP 500. Records every
 * request. Stops only its own server.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type RdapBehaviour =
  { registered: string } | 'hidden' | 'not-found' | 'rate-limited' | 'garbage' | 'hang' | 'redirect' | 'loop' | 'error' | 'wrong-domain';

export interface RdapTestServer {
  /** Base URL, ending in `/rdap/`. */
  base: string;
  port: number;
  /** Paths requested, in order. */
  hits: string[];
  /** A bootstrap file (IANA dns.json format) naming this server for the given TLDs. */
  bootstrap(tlds: string[]): Record<string, unknown>;
  stop(): Promise<void>;
}

function domainObject(name: string, events: Array<{ eventAction: string; eventDate: string }>): string {
  return JSON.stringify({
    rdapConformance: ['rdap_level_0'],
    objectClassName: 'domain',
    ldhName: name.toUpperCase(),
    handle: `${name.replace(/\./g, '_')}-TEST`,
    status: ['active'],
    events,
  });
}

export async function startRdapServer(
  table: Record<string, RdapBehaviour>,
  opts: { retryAfter?: string; delayMs?: number } = {},
): Promise<RdapTestServer> {
  const hits: string[] = [];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    if (opts.delayMs) setTimeout(() => answer(req, res), opts.delayMs);
    else answer(req, res);
  });
  const answer = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const path = req.url ?? '/';
    hits.push(path);
    const m = /^\/(rdap|moved|loop-a|loop-b)\/domain\/([^/?]+)$/.exec(path);
    const name = m ? decodeURIComponent(m[2]!).toLowerCase() : '';
    const b = table[name];
    const json = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/rdap+json', 'access-control-allow-origin': '*', ...headers });
      res.end(body);
    };
    if (!m || b === undefined || b === 'not-found') return json(404, JSON.stringify({ errorCode: 404, title: 'Not Found' }));
    if (b === 'rate-limited')
      return json(429, JSON.stringify({ errorCode: 429, title: 'Too Many Requests' }), { 'retry-after': opts.retryAfter ?? '120' });
    if (b === 'garbage') return json(200, '{"objectClassName": "domain", "events": [ {"eventAction": "registr');
    if (b === 'error') return json(500, JSON.stringify({ errorCode: 500, title: 'Internal Server Error' }));
    if (b === 'hang') {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    if (b === 'redirect' && m[1] === 'rdap') return json(302, '', { location: `/moved/domain/${name}` });
    if (b === 'redirect') return json(200, domainObject(name, [{ eventAction: 'registration', eventDate: '1999-04-01T00:00:00Z' }]));
    if (b === 'loop') return json(301, '', { location: `/${m[1] === 'loop-a' ? 'loop-b' : 'loop-a'}/domain/${name}` });
    if (b === 'hidden') return json(200, domainObject(name, [{ eventAction: 'last changed', eventDate: '2026-01-01T00:00:00Z' }]));
    if (b === 'wrong-domain')
      return json(200, domainObject('someone-else.test', [{ eventAction: 'registration', eventDate: '2000-01-01T00:00:00Z' }]));
    return json(
      200,
      domainObject(name, [
        { eventAction: 'registration', eventDate: b.registered },
        { eventAction: 'expiration', eventDate: '2099-01-01T00:00:00Z' },
        { eventAction: 'last update of RDAP database', eventDate: '2026-12-01T00:00:00Z' },
      ]),
    );
  };
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}/rdap/`;
  return {
    base,
    port,
    hits,
    bootstrap: (tlds) => ({
      version: '1.0',
      publication: '2026-12-01T00:00:00Z',
      description: 'Sender Lens test bootstrap',
      services: [[tlds, [base]]],
    }),
    stop: async () => {
      for (const r of hanging) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
