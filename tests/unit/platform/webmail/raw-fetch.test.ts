import { fetchRawMessage, looksLikeRawMessage } from '../../../../src/platform/webmail/raw-fetch.js';
import { fakeFetch } from './fake-dom.js';

const MSG = 'From: a@example.test\r\nSubject: hi\r\n\r\nbody\r\n';
const enc = (s: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(s);

describe('looksLikeRawMessage', () => {
  it('accepts a header field or an mbox From_ line first', () => {
    expect(looksLikeRawMessage(enc(MSG))).toBe(true);
    expect(looksLikeRawMessage(enc('Return-Path: <x@y>\r\n'))).toBe(true);
    expect(looksLikeRawMessage(enc('From someone@example.test Tue Nov 14 2023\n'))).toBe(true);
  });
  it('rejects HTML, JSON and text', () => {
    expect(looksLikeRawMessage(enc('<!DOCTYPE html><html>'))).toBe(false);
    expect(looksLikeRawMessage(enc('{"error":1}'))).toBe(false);
    expect(looksLikeRawMessage(enc('Session expired, please log in'))).toBe(false);
  });
});

describe('fetchRawMessage', () => {
  it('returns the exact bytes of a text/plain answer', async () => {
    const bytes = enc(MSG + '\u00e9');
    const f = fakeFetch(() => new Response(bytes, { headers: { 'content-type': 'text/plain; charset=UTF-8' } }));
    const r = await fetchRawMessage(f.fetch, 'https://mail.example.test/x');
    expect(r.ok).toBe(true);
    if (r.ok) expect(Array.from(r.bytes)).toEqual(Array.from(bytes));
  });
  it('rejects an HTML error page served with 200', async () => {
    const f = fakeFetch(() => new Response('<html>login</html>', { headers: { 'content-type': 'text/html' } }));
    const r = await fetchRawMessage(f.fetch, 'https://x.test/');
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.reason).toContain('text/html');
  });
  it('rejects an empty body (Roundcube: unknown UID)', async () => {
    const f = fakeFetch(() => new Response('', { headers: { 'content-type': 'text/plain' } }));
    expect(await fetchRawMessage(f.fetch, 'https://x.test/')).toMatchObject({ ok: false, reason: expect.stringContaining('empty') });
  });
  it('rejects non-2xx and network errors without throwing', async () => {
    const e404 = fakeFetch(() => new Response('nope', { status: 404, headers: { 'content-type': 'text/plain' } }));
    expect(await fetchRawMessage(e404.fetch, 'https://x.test/')).toEqual({ ok: false, reason: 'HTTP 404' });
    const boom = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await fetchRawMessage(boom.fetch, 'https://x.test/')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Failed to fetch'),
    });
  });
  it('enforces the size limit from content-length and while streaming', async () => {
    const big = enc(MSG + 'x'.repeat(100));
    const declared = fakeFetch(
      () => new Response(big, { headers: { 'content-type': 'text/plain', 'content-length': String(big.length) } }),
    );
    expect(await fetchRawMessage(declared.fetch, 'https://x.test/', { maxBytes: 50 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('larger'),
    });
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(big.subarray(0, 40));
        c.enqueue(big.subarray(40));
        c.close();
      },
    });
    const streamed = fakeFetch(() => new Response(stream, { headers: { 'content-type': 'text/plain' } }));
    expect(await fetchRawMessage(streamed.fetch, 'https://x.test/', { maxBytes: 50 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('larger'),
    });
  });
  it('rejects an invalid limit', async () => {
    const f = fakeFetch(() => new Response(MSG, { headers: { 'content-type': 'text/plain' } }));
    expect(await fetchRawMessage(f.fetch, 'https://x.test/', { maxBytes: 0 })).toMatchObject({ ok: false });
    expect(f.urls).toEqual([]);
  });
});
