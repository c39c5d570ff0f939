/** The DoH client against a misbehaving local DoH server: right status, within its timeout, never a rejection. */
import { startFaultyDoh, type FaultMode, type FaultyDoh } from '../../helpers/doh-faulty.js';
import { freePort, startUnboundDoh, type UnboundDoh } from '../../helpers/unbound.js';
import { createNodeDohTransport, type NodeDohTransport } from '../../../src/platform/node/doh-transport.js';
import { createDohResolver } from '../../../src/core/dns/doh-resolver.js';
import type { DnsStatus } from '../../../src/core/dns/types.js';

const zone = { 'kagoya.net': { A: ['203.142.206.12'] } };
const TIMEOUT_MS = 400;
let faulty: FaultyDoh;
let transport: NodeDohTransport;
const unhandled: unknown[] = [];
const onUnhandled = (e: unknown): void => {
  unhandled.push(e);
};

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  faulty = await startFaultyDoh(zone);
  transport = createNodeDohTransport({ ca: faulty.caPem });
});
afterAll(async () => {
  await transport?.close();
  await faulty?.stop();
  process.off('unhandledRejection', onUnhandled);
});

const cases: [FaultMode, DnsStatus][] = [
  ['ok', 'ok'],
  ['hang', 'timeout'],
  ['stall-body', 'timeout'],
  ['servfail', 'servfail'],
  ['truncated', 'error'],
  ['garbage', 'error'],
  ['wrong-question', 'error'],
  ['wrong-id', 'error'],
  ['wrong-type', 'error'],
  ['http500', 'error'],
  ['http429', 'error'],
  ['reset', 'error'],
];

describe.each(['GET', 'POST'] as const)('faulty DoH endpoint over %s', (method) => {
  it.each(cases)('%s -> %s within the timeout', async (mode, status) => {
    const r = createDohResolver({ endpoints: [faulty.url(mode)], transport, method, timeoutMs: TIMEOUT_MS, now: () => performance.now() });
    const t0 = performance.now();
    const res = await r.query('kagoya.net', 'A');
    expect(res.status, res.error).toBe(status);
    expect(performance.now() - t0).toBeLessThan(TIMEOUT_MS + 300);
    if (status !== 'ok') expect(res.records).toEqual([]);
  });
});

describe('endpoints down and fallback', () => {
  it('connection refused -> error quickly', async () => {
    const port = await freePort();
    const r = createDohResolver({
      endpoints: [`https://127.0.0.1:${port}/dns-query`],
      transport,
      timeoutMs: TIMEOUT_MS,
      now: () => performance.now(),
    });
    const t0 = performance.now();
    const res = await r.query('kagoya.net', 'A');
    expect(res.status).toBe('error');
    expect(performance.now() - t0).toBeLessThan(TIMEOUT_MS + 300);
  });
  it('falls back from a hanging and a refusing endpoint to a working one', async () => {
    const port = await freePort();
    const r = createDohResolver({
      endpoints: [`https://127.0.0.1:${port}/dns-query`, faulty.url('hang'), faulty.url('ok')],
      transport,
      timeoutMs: TIMEOUT_MS,
      now: () => performance.now(),
    });
    expect((await r.query('kagoya.net', 'A')).status).toBe('ok');
    const before = faulty.hits.get('hang') ?? 0;
    expect((await r.query('kagoya.net', 'A')).status).toBe('ok');
    expect(faulty.hits.get('hang') ?? 0).toBe(before); // demoted endpoints are tried last
  });
  it('unbound stopped mid-run: queries turn into errors, not rejections', async () => {
    const ub: UnboundDoh = await startUnboundDoh(zone);
    const t = createNodeDohTransport({ ca: ub.caPem });
    const r = createDohResolver({ endpoints: [ub.url], transport: t, timeoutMs: TIMEOUT_MS, now: () => performance.now() });
    expect((await r.query('kagoya.net', 'A')).status).toBe('ok');
    await ub.stop();
    const res = await r.query('kagoya.net', 'A');
    expect(['error', 'timeout']).toContain(res.status);
    await t.close();
  });
  it('no unhandled rejection happened', async () => {
    await new Promise((res) => setTimeout(res, 100));
    expect(unhandled).toEqual([]);
  });
});
