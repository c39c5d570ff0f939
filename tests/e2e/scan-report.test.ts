/**
 * Issue #16: the HTML report of `sender-lens scan` opens in Debian Chromium as a self-contained page: it lists the
 * campaign (3 copies of the KAGOYA phish with their recipients) and the findings, sorts its table on a header click,
 * renders hostile message text inert, and makes no network request at all (every request the page makes is
 * recorded, and intercepted ones are aborted). Screenshot: artifacts/screenshots/scan-report.png.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, chromiumArgs } from './helpers/chromium-extension.js';
import { SHARED } from '../helpers/shared.js';
import { campaignCopy } from '../helpers/campaign-copies.js';

const SHOTS = 'artifacts/screenshots';
const CORPUS = join(SHARED, 'corpus', 'dev');
const RECIPIENTS = ['taro@example.jp', 'hanako@example.co.jp', 'admin@corp.example'];
const HOSTILE_SUBJECT = '<img src="http://127.0.0.1:9/pixel.png" onerror="window.pwned=1"><script>window.pwned=2</script>\u202Egnp.exe';

const skip = !existsSync(CHROMIUM) ? 'no /usr/bin/chromium' : !existsSync(CORPUS) ? 'no shared corpus' : null;

describe.skipIf(skip !== null)('scan HTML report in Chromium', () => {
  let tmp: string;
  let report: string;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync('dist/cli/sender-lens.mjs')) throw new Error('CLI not built: run `npm run build` first');
    mkdirSync(SHOTS, { recursive: true });
    tmp = mkdtempSync(join(tmpdir(), 'sender-lens-scan-html-'));
    const folder = join(tmp, 'mail');
    mkdirSync(folder);
    RECIPIENTS.forEach((r, i) => writeFileSync(join(folder, `copy-${i}.eml`), campaignCopy(r, `tok${i}x9f8e7d6c5b4a3`, i)));
    for (const label of ['ham', 'phish']) {
      for (const f of readdirSync(join(CORPUS, label)).sort().slice(0, 12))
        copyFileSync(join(CORPUS, label, f), join(folder, `${label}-${f}.eml`));
    }
    writeFileSync(
      join(folder, 'hostile.eml'),
      `From: "<b>Boss</b> <script>x</script>" <boss@evil.example>\nTo: a@example.jp\nSubject: ${HOSTILE_SUBJECT}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nsee https://evil.example/login\n`,
    );
    report = join(tmp, 'report.html');
    const r = spawnSync('node', ['bin/sender-lens.mjs', 'scan', folder, '--format', 'html', '--out', report, '--workers', '2'], {
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(r.status, r.stderr).toBe(2);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs(null) });
  });

  afterAll(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('shows verdict and finding counts, the campaign with its recipients, sorts, and requests nothing', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const url = pathToFileURL(report).href;
    const requests: string[] = [];
    const intercepted: string[] = [];
    page.on('request', (req) => requests.push(req.url()));
    await context.route('**/*', async (route) => {
      intercepted.push(route.request().url());
      if (route.request().url() === url) await route.continue();
      else await route.abort();
    });
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.goto(url);
    await page.waitForLoadState('load');

    // Counts per verdict and per finding.
    const verdicts = await page.$$eval('#verdicts tr', (rows) => rows.map((r) => (r as HTMLTableRowElement).innerText.split('\t')));
    expect(verdicts.map((v) => v[0])).toEqual(['danger', 'caution', 'ok', 'unknown']);
    expect(verdicts.reduce((n, v) => n + Number(v[1]), 0)).toBe(3 + 24 + 1);
    const findings = await page.$$eval('#findings tbody tr td:first-child', (tds) => tds.map((td) => td.textContent));
    expect(findings).toContain('link-text-mismatch');
    expect(findings).toContain('brand-on-shared-host');

    // The campaign of the three copies, with every recipient.
    const groups = await page.$$eval('#campaigns > li', (lis) => lis.map((li) => (li as HTMLElement).innerText));
    const kagoya = groups.find((g) => g.includes('copy-0.eml'));
    expect(kagoya).toBeDefined();
    expect(kagoya).toMatch(/3 messages, worst verdict danger/);
    for (const r of RECIPIENTS) expect(kagoya).toContain(r);

    // Hostile text is shown as text: no element, no handler ran, no request to its image.
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.$$eval('img', (els) => els.length)).toBe(0);
    expect(await page.$$eval('script', (els) => els.length)).toBe(1);
    const subjects = await page.$$eval('#messages tbody td:nth-child(4)', (tds) => tds.map((td) => td.textContent ?? ''));
    expect(subjects.some((s) => s.includes('<script>window.pwned=2</script>') && s.includes('\\u{202e}'))).toBe(true);

    // Sorting by score: ascending, then descending.
    const scores = async (): Promise<number[]> =>
      page.$$eval('#messages tbody td:nth-child(2)', (tds) => tds.map((td) => Number(td.textContent)));
    await page.click('#messages th:nth-child(2)');
    const asc = await scores();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    await page.click('#messages th:nth-child(2)');
    const desc = await scores();
    expect(desc).toEqual([...asc].sort((a, b) => b - a));
    expect(desc[0]).toBeGreaterThan(desc[desc.length - 1]!);

    await page.click('#messages th:nth-child(1)'); // by verdict: ascending, then descending (danger first)
    await page.click('#messages th:nth-child(1)');
    expect(await page.$eval('#messages tbody td:first-child', (td) => td.textContent)).toBe('danger');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, 'scan-report.png'), fullPage: false });

    expect(requests).toEqual([url]);
    expect(intercepted.filter((u) => u !== url)).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});
