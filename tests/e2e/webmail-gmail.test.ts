/**
 * Gmail adapter in the real Debian Chromium: a synthetic thread snapshot (tests/fixtures/gmail/thread.html) and the
 * two raw-source endpoints served by a stub HTTP server on 127.0.0.1; the content-script logic and the shared banner
 * run in the page (esbuild bundle of tests/e2e/helpers/chromium-gmail-harness.ts), the background is a recorder.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, chromiumArgs } from './helpers/chromium-extension.js';

const IK = '0a1b2c3d4e';
const A = { dec: '1783090051234567890', hex: '18becef4525e96d2' };
const B = { dec: '1783090051234567891', hex: '18becef4525e96d3' };
const C = { dec: '1783090051234567892', hex: '18becef4525e96d4' };
const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');
/** 8-bit content on purpose: the download path must hand over the bytes unchanged. */
const RAW_A = latin1(
  'Received: from a.example.test\r\nFrom: <a@example.test>\r\nSubject: A\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\ncaf\xe9\r\n',
);
const RAW_B = latin1('From: <b@example.test>\r\nSubject: B\r\n\r\nsecond\r\n');
const TEXT_C = 'From: <c@example.test>\nSubject: C & <tags>\n\nthird\n';

interface Harness {
  recorded: { key: string; raw: string; exact: boolean; visible: string[] }[];
  failures: string[];
}

describe.skipIf(!existsSync(CHROMIUM))('Gmail adapter on a DOM snapshot (Chromium)', () => {
  let server: Server;
  let base: string;
  let browser: Browser;
  let page: Page;
  let bundle: string;
  const asked: string[] = [];

  beforeAll(async () => {
    const thread = readFileSync(join(process.cwd(), 'tests/fixtures/gmail/thread.html'));
    server = createServer((req, res) => {
      const u = new URL(req.url ?? '/', 'http://127.0.0.1');
      asked.push(u.pathname + u.search);
      if (u.pathname !== '/mail/u/0/') return void res.writeHead(404).end();
      const view = u.searchParams.get('view');
      if (view === null) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(thread);
      if (view === 'att' && u.searchParams.get('attid') === '0' && u.searchParams.get('disp') === 'comp') {
        const th = u.searchParams.get('th');
        if (th === A.hex) return void res.writeHead(200, { 'content-type': 'message/rfc822' }).end(RAW_A);
        if (th === B.hex) return void res.writeHead(200, { 'content-type': 'text/plain' }).end(RAW_B);
        // C: the download is refused with an HTML page (as when a session needs re-authentication).
        return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>sign in</html>');
      }
      if (view === 'om' && u.searchParams.get('ik') === IK && u.searchParams.get('permmsgid') === `msg-f:${C.dec}`) {
        const esc = TEXT_C.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        return void res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(`<html><body><pre id="raw_message_text">${esc}</pre></body></html>`);
      }
      res.writeHead(400).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const out = await build({
      entryPoints: ['tests/e2e/helpers/chromium-gmail-harness.ts'],
      bundle: true,
      format: 'iife',
      write: false,
      target: 'es2022',
      logLevel: 'silent',
    });
    bundle = out.outputFiles[0]!.text;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs(null) });
    page = await browser.newPage();
    await page.goto(`${base}/mail/u/0/#inbox/thread`);
    await page.addScriptTag({ content: bundle });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  });

  const harness = (): Promise<Harness> =>
    page.evaluate(() => (globalThis as unknown as { senderLensGmailHarness: Harness }).senderLensGmailHarness);

  it('banners each expanded message, skipping the collapsed one and forged markup inside a body', async () => {
    await page.waitForFunction(() => document.querySelectorAll('[data-sender-lens="danger"]').length >= 2, undefined, { timeout: 10_000 });
    const h = await harness();
    expect(h.failures).toEqual([]);
    expect(h.recorded.map((r) => r.key).sort()).toEqual([`gmail|${A.dec}`, `gmail|${C.dec}`]);
    expect(asked.some((q) => q.includes('1111111111111') || q.includes(B.hex))).toBe(false);
    // Each banner sits in its own message container, just above the body wrapper, never inside the body.
    const placement = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-sender-lens-slot]')).map((slot) => ({
        key: slot.getAttribute('data-sender-lens-slot'),
        owner: slot.closest('div.adn')?.getAttribute('data-message-id'),
        nextIsBody: slot.nextElementSibling?.matches('div.ii.gt') ?? false,
        insideBody: slot.closest('.a3s') !== null,
      })),
    );
    expect(placement).toEqual([
      { key: `gmail|${A.dec}`, owner: `#msg-f:${A.dec}`, nextIsBody: true, insideBody: false },
      { key: `gmail|${C.dec}`, owner: `#msg-f:${C.dec}`, nextIsBody: true, insideBody: false },
    ]);
  });

  it('hands over the download bytes exactly, and the Show-original text (marked inexact) as fallback', async () => {
    const h = await harness();
    const a = h.recorded.find((r) => r.key === `gmail|${A.dec}`)!;
    expect(a.exact).toBe(true);
    expect(Buffer.from(a.raw, 'latin1').equals(RAW_A)).toBe(true);
    const c = h.recorded.find((r) => r.key === `gmail|${C.dec}`)!;
    expect(c.exact).toBe(false);
    expect(Buffer.from(c.raw, 'latin1').toString('utf8')).toBe(TEXT_C.replace(/\n/g, '\r\n'));
    expect(asked.filter((q) => q.includes('view=om'))).toHaveLength(1);
    expect(asked.find((q) => q.includes(`th=${A.hex}`))).toMatch(/[?&]zw(=|&|$)/);
  });

  it('picks up a message expanded later (DOM mutation) and banners it once', async () => {
    await page.evaluate(() => {
      const m = document.getElementById('collapsed')!;
      m.classList.add('ads');
      m.replaceChildren();
      const gs = document.createElement('div');
      gs.className = 'gs';
      const ii = document.createElement('div');
      ii.className = 'ii gt';
      const body = document.createElement('div');
      body.className = 'a3s aiL';
      body.textContent = 'Second body.';
      ii.append(body);
      gs.append(ii);
      m.append(gs);
    });
    await page.waitForFunction(() => document.querySelectorAll('[data-sender-lens="danger"]').length === 3, undefined, { timeout: 10_000 });
    const h = await harness();
    const b = h.recorded.find((r) => r.key === `gmail|${B.dec}`)!;
    expect(Buffer.from(b.raw, 'latin1').equals(RAW_B)).toBe(true);
    expect(b.visible).toEqual([`gmail|${A.dec}`, `gmail|${B.dec}`, `gmail|${C.dec}`]);
    // Unrelated mutations do not refetch what is already handled.
    await page.evaluate(() => document.body.append(document.createElement('span')));
    await new Promise((r) => setTimeout(r, 600));
    expect((await harness()).recorded).toHaveLength(3);
  });
});
