/**
 * Node side of the hostile-content UI harness: bundles tests/e2e/helpers/ui-harness-entry.ts with esbuild, serves a
 * reading-pane page (banner) and the real public/popup.html + public/ui.css from a node:http server on 127.0.0.1,
 * and drives Debian Chromium (never downloaded) through playwright-core. Records every request the page makes and
 * every dialog, so a hostile `<img src=x onerror=...>` that came alive would show up even if it did not set a flag.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Report } from '../../../src/core/model/report.js';
import type { Lang } from '../../../src/ui/shared/i18n.js';
import type { Inspection } from './ui-harness-entry.js';
import type { BannerLayout } from './banner-layout.js';
import { CHROMIUM, chromiumArgs } from './chromium-extension.js';

export type { Inspection } from './ui-harness-entry.js';

/** A message-display page: the message body is the banner's anchor, with some ordinary content. */
const BANNER_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>reading pane</title><style>body{margin:0;font:14px sans-serif}#message{padding:12px}</style></head>
<body><div id="message"><p>Dear customer,</p><p>Please find your statement below.</p></div>
<script src="/harness.js"></script></body></html>`;

export interface UiHarness {
  base: string;
  /** Paths requested from the server since start (the harness pages and script only, unless something leaked). */
  requests: string[];
  /** Every request the browser attempted, any scheme/host (must stay on the harness origin). */
  browserRequests: string[];
  dialogs: string[];
  pageErrors: string[];
  /** Opens a fresh page of the given kind at a viewport size (fresh window state for each case). */
  open(kind: 'banner' | 'popup', viewport: { width: number; height: number }): Promise<Page>;
  render(page: Page, kind: 'banner' | 'popup', report: Report, lang: Lang, values: string[]): Promise<Inspection>;
  control(page: Page, html: string): Promise<Inspection>;
  /** Layout facts of the banner rendered on `page` (after render(page, 'banner', ...)). */
  bannerLayout(page: Page): Promise<BannerLayout>;
  /** Adds CSS inside the banner's shadow root (positive controls only). */
  bannerAddCss(page: Page, css: string): Promise<void>;
  close(): Promise<void>;
}

function popupPage(repoRoot: string): string {
  const html = readFileSync(join(repoRoot, 'public/popup.html'), 'utf8');
  const script = '<script src="shared-popup.js"></script>';
  if (!html.includes(script)) throw new Error(`public/popup.html no longer loads ${script}: update the harness`);
  return html.replace(script, '<script src="/harness.js"></script>');
}

type InPage = {
  bannerAddCss(css: string): void;
  bannerLayout(): BannerLayout;
  banner(r: Report, l: Lang): void;
  popup(r: Report, l: Lang): void;
  control(html: string): void;
  inspect(kind: 'banner' | 'popup', values: string[]): Inspection;
};
/** page.evaluate callbacks are serialised into the page: they reach the harness through this global, inline. */
type G = { senderLensUiHarness: InPage };

/** Lets async handlers (img onerror, load events) run before the page is inspected again. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150)))));
}

export async function startUiHarness(repoRoot = process.cwd()): Promise<UiHarness> {
  const out = await build({
    entryPoints: [join(repoRoot, 'tests/e2e/helpers/ui-harness-entry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  const bundle = out.outputFiles[0]!.text;
  const css = readFileSync(join(repoRoot, 'public/ui.css'));
  const popup = popupPage(repoRoot);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const send = (type: string, body: string | Buffer) =>
      void res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    if (path === '/banner.html') return send('text/html; charset=utf-8', BANNER_PAGE);
    if (path === '/popup.html') return send('text/html; charset=utf-8', popup);
    if (path === '/ui.css') return send('text/css; charset=utf-8', css);
    if (path === '/harness.js') return send('text/javascript; charset=utf-8', bundle);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs(null) });
  } catch (e) {
    await new Promise<void>((r) => server.close(() => r()));
    throw e;
  }
  const context = await browser.newContext({ colorScheme: 'light' });
  const h: UiHarness = {
    base,
    requests,
    browserRequests: [],
    dialogs: [],
    pageErrors: [],
    async open(kind, viewport) {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      page.on('dialog', (d) => {
        h.dialogs.push(`${d.type()}: ${d.message()}`);
        void d.dismiss();
      });
      page.on('request', (r) => void h.browserRequests.push(r.url()));
      page.on('pageerror', (e) => void h.pageErrors.push(String(e)));
      await page.goto(`${base}/${kind}.html`);
      await page.waitForFunction(() => 'senderLensUiHarness' in globalThis);
      return page;
    },
    async render(page, kind, report, lang, values) {
      await page.evaluate(({ kind, report, lang }) => (globalThis as unknown as G).senderLensUiHarness[kind](report, lang), {
        kind,
        report,
        lang,
      });
      // Let async handlers have their chance (an onerror that ran would have set __pwned or requested /x).
      await settle(page);
      return page.evaluate(({ kind, values }) => (globalThis as unknown as G).senderLensUiHarness.inspect(kind, values), { kind, values });
    },
    async control(page, html) {
      await page.evaluate((html) => (globalThis as unknown as G).senderLensUiHarness.control(html), html);
      await settle(page);
      return page.evaluate(() => (globalThis as unknown as G).senderLensUiHarness.inspect('popup', []));
    },
    async bannerAddCss(page, css) {
      await page.evaluate((css) => (globalThis as unknown as G).senderLensUiHarness.bannerAddCss(css), css);
    },
    async bannerLayout(page) {
      return page.evaluate(() => (globalThis as unknown as G).senderLensUiHarness.bannerLayout());
    },
    async close() {
      await browser.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  return h;
}
