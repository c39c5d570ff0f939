/**
 * Issue #15: the banner's text is fully visible at reading-pane widths 480, 700 and 1000 px, in English and
 * Japanese, in Debian Chromium (the webmail banner and the same component Thunderbird shows), asserted from layout
 * (no element wider than its box, no ellipsis or line clamp, headline/reasons/advice/buttons inside the banner and
 * the viewport), not from pixels. Also the popup of the KAGOYA case. Screenshots: artifacts/screenshots/ (CI artifact).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { analyzeMessage } from '../../src/core/analyze.js';
import type { Report } from '../../src/core/model/report.js';
import { isolateAllText } from '../../src/ui/shared/bidi.js';
import type { Lang } from '../../src/ui/shared/i18n.js';
import { plainHeadline, plainReasons, realFindings } from '../../src/ui/shared/plain-reasons.js';
import { zoneFromJson } from '../conformance/helpers/yaml-zone.js';
import { CHROMIUM } from './helpers/chromium-extension.js';
import { analyzeRaw, longFieldsEml } from './helpers/ui-harness-reports.js';
import { startUiHarness, type UiHarness } from './helpers/ui-harness.js';

const SHOTS = 'artifacts/screenshots';
const WIDTHS = [480, 700, 1000];
const LANGS: Lang[] = ['en', 'ja'];
const unmarked = (s: string): string => s.replace(/[\u2066-\u2069]/gu, '');

async function kagoya(): Promise<Report> {
  const zone = zoneFromJson(JSON.parse(readFileSync('tests/fixtures/samples/zone.json', 'utf8')) as Record<string, unknown>);
  let t = 0;
  return analyzeMessage(new Uint8Array(readFileSync('tests/fixtures/samples/kagoya-phish.eml')), {
    resolver: zone,
    offline: false,
    now: () => (t += 1),
    crypto: globalThis.crypto,
  });
}

describe.skipIf(!existsSync(CHROMIUM))('banner text fully visible at 480/700/1000 px, en and ja (Chromium)', () => {
  let h: UiHarness;
  const reports: Record<string, Report> = {};
  const pages: Page[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    h = await startUiHarness();
    reports.kagoya = await kagoya();
    reports.long = await analyzeRaw(longFieldsEml().raw);
  });
  afterAll(async () => {
    for (const p of pages) await p.close().catch(() => undefined);
    await h?.close();
  });

  it('positive control: the layout checks catch the old one-line ellipsis headline and two-line clamped bullets', async () => {
    const page = await h.open('banner', { width: 480, height: 900 });
    pages.push(page);
    await h.render(page, 'banner', reports.kagoya!, 'en', []);
    await h.bannerAddCss(
      page,
      '.headline .text { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; } ul.reasons li { overflow: hidden; display: -webkit-box; -webkit-line-clamp: 1; -webkit-box-orient: vertical; }',
    );
    const layout = await h.bannerLayout(page);
    await page.screenshot({ path: `${SHOTS}/chromium-banner-control-truncated.png` });
    expect(layout.truncating.length).toBeGreaterThanOrEqual(2);
    expect(layout.overflowing.some((o) => o.startsWith('span.text'))).toBe(true);
    expect(layout.overflowing.some((o) => o.startsWith('li'))).toBe(true);
    await page.close();
  });

  for (const name of ['kagoya', 'long']) {
    for (const lang of LANGS) {
      it(`${name} (${lang})`, async () => {
        const report = reports[name]!;
        expect(report.verdict).toBe('danger');
        for (const width of WIDTHS) {
          const page = await h.open('banner', { width, height: 900 });
          pages.push(page);
          await h.render(page, 'banner', report, lang, []);
          const layout = await h.bannerLayout(page);
          await page.screenshot({ path: `${SHOTS}/chromium-banner-${name}-${lang}-${width}.png` });
          const where = `${name} ${lang} ${width}px`;
          expect(layout.viewportWidth, where).toBe(width);
          expect(layout.overflowing, where).toEqual([]);
          expect(layout.truncating, where).toEqual([]);
          expect(layout.notFullyVisible, where).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(width);
          expect(layout.buttons[0]).toBe(lang === 'en' ? 'Report phishing' : 'フィッシングを報告');
          expect(layout.advice).toContain('abuse@example.jp');
          if (name === 'kagoya') {
            // The exact plain sentences, none of them cut; the headline repeats none of them.
            expect(unmarked(layout.headline)).toBe(plainHeadline(report, lang));
            expect(layout.reasons.map(unmarked)).toEqual(plainReasons(isolateAllText(report), lang).map((r) => unmarked(r.text)));
            expect(layout.reasons).toHaveLength(3);
            expect(layout.reasons[0]).toContain('info@example.jp');
            expect(layout.bannerHeight, where).toBeLessThanOrEqual(width === 480 ? 420 : 320);
          }
          console.log(`[e2e] ${where}: banner ${layout.bannerWidth}x${layout.bannerHeight}, headline ${layout.headlineLines} line(s)`);
          await page.close();
        }
      });
    }
  }

  for (const lang of LANGS) {
    it(`KAGOYA popup (${lang}): plain part first, admin details with the route picture, nothing overflows`, async () => {
      const page = await h.open('popup', { width: 540, height: 900 });
      pages.push(page);
      const i = await h.render(page, 'popup', reports.kagoya!, lang, []);
      await page.screenshot({ path: `${SHOTS}/chromium-popup-kagoya-${lang}.png`, fullPage: true });
      expect(i.layout.overflowing).toEqual([]);
      expect(i.layout.scrollWidth).toBeLessThanOrEqual(i.layout.innerWidth);
      expect(i.text).not.toMatch(/score|スコア|text-mismatch|credential-path|origin-infra/);
      const origin = await page.evaluate(() => document.querySelector('.hop-box[data-role="origin"]')?.textContent ?? '');
      for (const s of ['52.140.204.1', 'AS8075', 'US']) expect(origin).toContain(s);
      await page.close();
    });
  }

  it('legitimate KAGOYA mail checked offline: no "What is wrong", the checks that could not run listed apart, in plain words', async () => {
    const legit = await analyzeRaw(new Uint8Array(readFileSync('tests/fixtures/samples/kagoya-legit.eml')));
    expect(realFindings(legit)).toEqual([]);
    const page = await h.open('popup', { width: 540, height: 900 });
    pages.push(page);
    const i = await h.render(page, 'popup', legit, 'en', []);
    await page.screenshot({ path: `${SHOTS}/chromium-popup-legit-offline-en.png`, fullPage: true });
    const headings = await page.evaluate(() => [...document.querySelectorAll('#report h2')].map((e) => e.textContent));
    expect(headings).toEqual(['Could not check', 'Details for admins']);
    expect(i.text).toContain('not checked: offline mode is on');
    expect(i.text).not.toMatch(/score|origin-infra|link-dns/);
    expect(i.layout.overflowing).toEqual([]);
    await page.close();
  });
});
