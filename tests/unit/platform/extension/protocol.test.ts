import {
  dispatch,
  request,
  bytesToBinary,
  binaryToBytes,
  MAX_RAW_CHARS,
  type HandlerMap,
} from '../../../../src/platform/extension/protocol.js';
import { createReportCache } from '../../../../src/platform/extension/report-cache.js';

describe('message contract', () => {
  const handlers: HandlerMap = {
    'report-for-tab': async (req) => ({ state: { status: 'none' }, lang: req.tabId === 1 ? 'en' : 'ja' }),
    'settings-save': async () => {
      throw new Error('disk full');
    },
  };
  it('ignores messages that are not ours', async () => {
    expect(await dispatch(handlers, { type: 'something-else' }, { tabId: null })).toBeUndefined();
    expect(await dispatch(handlers, 'x', { tabId: null })).toBeUndefined();
  });
  it('answers through the handler map and validates payloads', async () => {
    expect(await dispatch(handlers, { type: 'report-for-tab', tabId: 1 }, { tabId: null })).toEqual({
      ok: true,
      value: { state: { status: 'none' }, lang: 'en' },
    });
    expect(await dispatch(handlers, { type: 'report-for-tab', tabId: '1' }, { tabId: null })).toEqual({
      ok: false,
      error: 'tabId must be an integer',
    });
    expect(await dispatch(handlers, { type: 'analyze-raw', raw: 5 }, { tabId: null })).toMatchObject({ ok: false });
    expect(
      await dispatch(
        { 'analyze-raw': async () => ({ state: { status: 'none' }, lang: 'en' }) },
        { type: 'analyze-raw', raw: 'x'.repeat(MAX_RAW_CHARS + 1) },
        { tabId: null },
      ),
    ).toMatchObject({ ok: false });
  });
  it('turns handler errors and missing handlers into error replies', async () => {
    expect(await dispatch(handlers, { type: 'settings-save', settings: {} }, { tabId: null })).toEqual({ ok: false, error: 'disk full' });
    expect(await dispatch(handlers, { type: 'settings-get' }, { tabId: null })).toEqual({
      ok: false,
      error: 'no handler for settings-get',
    });
  });
  it('request() never rejects', async () => {
    expect(await request({ sendMessage: () => Promise.reject(new Error('no receiver')) }, { type: 'settings-get' })).toEqual({
      ok: false,
      error: 'no receiver',
    });
    expect(await request({ sendMessage: () => Promise.resolve(undefined) }, { type: 'settings-get' })).toMatchObject({ ok: false });
  });
  it('carries bytes as a binary string exactly', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) & 0xff);
    expect(binaryToBytes(bytesToBinary(bytes))).toEqual(bytes);
  });
});

describe('report cache', () => {
  it('shares in-flight work, evicts least recently used, and does not keep failures', async () => {
    const cache = createReportCache<number, string>(2);
    let calls = 0;
    const compute = () => Promise.resolve(`r${++calls}`);
    const [a, b] = await Promise.all([cache.get(1, compute), cache.get(1, compute)]);
    expect([a, b, calls]).toEqual(['r1', 'r1', 1]);
    await cache.get(2, compute);
    await cache.get(1, compute); // touch 1
    await cache.get(3, compute); // evicts 2
    expect(cache.peek(2)).toBeUndefined();
    expect(cache.size).toBe(2);
    await expect(cache.get(4, () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await Promise.resolve();
    expect(cache.peek(4)).toBeUndefined();
    await expect(
      cache.get(5, () => {
        throw new Error('sync');
      }),
    ).rejects.toThrow('sync');
  });
});
