/**
 * The Firefox build in a real Firefox ESR (Debian `firefox-esr`, driven over Marionette like Thunderbird) on a real
 * Roundcube (Debian package) + Dovecot + nginx + php-fpm, with a real DoH server (unbound) for the samples' zone, all
 * on 127.0.0.1; every other request goes to a loopback proxy that refuses it. Everything the user does goes through
 * the product's own paths with real clicks: the options page's Save (Firefox asks for the resolver's host
 * permission), the popup's "Check webmail on this site" (Firefox asks for the site's host permission), each prompt
 * answered with its Allow button.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startXvfb, type Xvfb } from './helpers/xvfb.js';
import { startBlockingProxy, type BlockingProxy } from './helpers/block-proxy.js';
import { launchThunderbird as launchGecko, type RunningThunderbird } from './helpers/thunderbird.js';
import { fixWindowRect } from './helpers/window.js';
import { FIREFOX_BIN, FirefoxPage, installTemporaryAddon, writeFirefoxProfile } from './helpers/firefox.js';
import { screenshot } from './helpers/tb-driver.js';
import { RC_PASS, RC_USER, roundcubeUnavailableReason, startRoundcube, type RoundcubeServer } from './helpers/roundcube-server.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLES = join(ROOT, 'tests/fixtures/samples');
const ARTIFACTS = join(ROOT, 'artifacts/e2e');

function unavailable(): string | null {
  if (!existsSync(FIREFOX_BIN)) return `missing ${FIREFOX_BIN} (run .ci/install-system-deps.sh)`;
  if (!existsSync(join(ROOT, 'tests/helpers/unbound.ts'))) return 'tests/helpers/unbound.ts missing';
  return roundcubeUnavailableReason();
}
const skip = unavailable();

/** In the page: the preview frame's document for message `uid`, or null. */
const FRAME_DOC = `
  const f = document.querySelector('#messagecontframe');
  let u = null; try { u = new URL(f.contentWindow.location.href); } catch (e) { return null; }
  return u.searchParams.get('_uid') === String(arguments[0]) && f.contentDocument.readyState === 'complete' ? f.contentDocument : null;
`;

describe.skipIf(skip !== null)(`Roundcube + Firefox ESR${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let work: string;
  let rc: RoundcubeServer;
  let doh: { url: string; caPem: string; stop(): Promise<void> };
  let proxy: BlockingProxy;
  let x: Xvfb;
  let ff: RunningThunderbird | null = null;
  let page: FirefoxPage;
  let rcTab: string;
  const shot = (name: string) => screenshot(x.display, x.authFile, join(ARTIFACTS, `firefox-${name}.png`));

  beforeAll(async () => {
    execFileSync('node', ['scripts/build/extension.mjs', 'firefox'], { stdio: 'inherit' });
    mkdirSync(ARTIFACTS, { recursive: true });
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    work = mkdtempSync(join(ROOT, '.tmp', 'ff-e2e-'));
    const { startUnboundDoh } = await import('../helpers/unbound.js');
    const zone = JSON.parse(readFileSync(join(SAMPLES, 'zone.json'), 'utf8')) as Parameters<typeof startUnboundDoh>[0];
    [rc, doh, proxy, x] = await Promise.all([startRoundcube(), startUnboundDoh(zone), startBlockingProxy(), startXvfb(work)]);
    for (const name of ['kagoya-phish', 'kagoya-legit']) rc.deliver(name, readFileSync(join(SAMPLES, `${name}.eml`)));

    const profile = join(work, 'profile');
    writeFirefoxProfile(profile, { proxyPort: proxy.port, caPem: doh.caPem });
    ff = await launchGecko({ binary: FIREFOX_BIN, profileDir: profile, homeDir: work, display: x.display, xauthority: x.authFile });
    const size = await fixWindowRect(ff.marionette, 'navigator:browser', 1200, 860);
    const addon = await installTemporaryAddon(ff.marionette, join(ROOT, 'dist/firefox'));
    console.log(`[e2e] Firefox ESR window ${size.width}x${size.height}; add-on ${addon.id} at ${addon.baseUrl}`);
    page = new FirefoxPage(ff.marionette);

    // Settings through the options page: the local resolver and the recipient's own domain, then Save (a click).
    await page.goto(`${addon.baseUrl}options.html`);
    await page.waitFor("return document.body?.getAttribute('data-ready')");
    await page.type('textarea[name=dohUrls]', doh.url);
    await page.type('textarea[name=ownDomains]', 'example.jp');
    await page.click('button[type=submit]');
    const dohPrompt = await page.allowPermissionPrompt();
    console.log(`[e2e] resolver permission prompt: ${dohPrompt}`);
    const status = await page.waitFor<string>("return document.querySelector('.status')?.textContent");
    expect(status).toMatch(/^Saved\.$/);

    // Log in to Roundcube, retried like the Chromium test: a first login right after the daemons start can bounce
    // back to the login form. Each try first looks at what the page shows, since a login that took longer than the
    // wait before it (a loaded machine) leaves the inbox, not the form, behind.
    const shows = "return document.querySelector('#rcmrowMQ') ? 'inbox' : document.querySelector('#rcmloginuser') ? 'login' : ''";
    for (let attempt = 1; ; attempt++) {
      await page.goto(rc.url);
      if ((await page.waitFor<string>(shows, [], 30_000, 'the login form or the inbox')) === 'login') {
        await page.type('#rcmloginuser', RC_USER);
        await page.type('#rcmloginpwd', RC_PASS);
        await page.click('#rcmloginsubmit');
      }
      const inbox = await page.find('#rcmrowMQ', 20_000).then(
        () => true,
        () => false,
      );
      if (inbox) break;
      const now = await page.eval<string>(shows).catch(() => '(page not readable)');
      console.log(`[e2e] Roundcube login attempt ${attempt} did not reach the inbox (page shows: ${now || 'neither'})`);
      if (attempt === 3) throw new Error('Roundcube login failed 3 times');
    }
    rcTab = (await ff.marionette.send<{ value: string }>('WebDriver:GetWindowHandle')).value;

    // The site grant as a user does it: the toolbar button opens the popup (granting activeTab), whose "Check
    // webmail on this site" click asks Firefox for the site's permission.
    await page.clickAction(addon.id);
    await page.waitInPopup('section.webmail-site button.primary');
    await page.clickInPopup('section.webmail-site button.primary');
    const sitePrompt = await page.allowPermissionPrompt();
    console.log(`[e2e] site permission prompt: ${sitePrompt}`);
    await page.waitInPopup('[data-webmail-state=granted]');
    shot('site-granted');
    await page.closePopup();
    await page.switchTo(rcTab);
  });

  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail' && ff) {
      shot(`${ctx.task.name.replace(/\W+/g, '-').slice(0, 40)}-failed`);
      console.log(
        `[e2e] Firefox output:\n${ff.output
          .filter((l) => /sender-lens|error/i.test(l))
          .slice(-30)
          .join('\n')}`,
      );
    }
  });

  afterAll(async () => {
    await ff?.stop();
    await x?.stop();
    await proxy?.stop();
    await doh?.stop();
    await rc?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('kagoya-phish in the preview pane gets the danger banner', async () => {
    const t0 = Date.now();
    await page.click('#rcmrowMQ td.subject');
    const verdict = await page.waitFor<string>(
      `const d = (() => { ${FRAME_DOC} })(); return d?.querySelector('[data-sender-lens]')?.getAttribute('data-sender-lens') ?? null;`,
      [1],
      30_000,
      'the banner for UID 1',
    );
    console.log(`[e2e] Firefox: click -> banner ${Date.now() - t0} ms`);
    expect(verdict).toBe('danger');
    // Above the message header, outside the message body.
    expect(
      await page.eval(
        `const d = (() => { ${FRAME_DOC} })(); return d.querySelector('[data-sender-lens-slot] + #message-header') !== null;`,
        [1],
      ),
    ).toBe(true);
    shot('roundcube-phish');
  });

  it('kagoya-legit gets no banner (the check ran: its slot exists)', async () => {
    await page.click('#rcmrowMg td.subject');
    await page.waitFor(
      `const d = (() => { ${FRAME_DOC} })(); return d?.querySelector('[data-sender-lens-slot]') ? true : null;`,
      [2],
      30_000,
      'the checked slot for UID 2',
    );
    expect(await page.eval(`const d = (() => { ${FRAME_DOC} })(); return d.querySelectorAll('[data-sender-lens]').length;`, [2])).toBe(0);
    shot('roundcube-legit');
  });

  it('reached Roundcube and the resolver directly on loopback; anything else went to the refusing proxy', () => {
    console.log(`[e2e] Firefox refused requests: ${JSON.stringify(proxy.requests)}`);
    for (const r of proxy.requests) expect(r).not.toMatch(/127\.0\.0\.1|localhost/);
  });
});
