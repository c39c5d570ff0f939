/**
 * Issue #15 in a real Thunderbird (Debian 153 ESR) under Xvfb with a window manager (openbox): the banner's text is
 * fully visible at message pane widths 480, 700 and 1000 px in English and Japanese (asserted from layout: no
 * element wider than its box, no ellipsis or line clamp, headline/reasons/advice/buttons inside the banner), the
 * toolbar button keeps a short fixed label, and "Report phishing" opens a compose window that forwards the message
 * as an attachment (message/rfc822) to the configured address with the text report in the body — read back through
 * the compose API (getComposeDetails, listAttachments); nothing is sent. Screenshots: artifacts/screenshots/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  actionButtonFacts,
  clickBannerButton,
  closeComposeWindows,
  closeReportTabs,
  composeFacts,
  inReportTab,
  saveOptions,
  setMessagePaneWidth,
  tbBannerLayout,
} from './helpers/tb-banner.js';
import { openInbox, selectMessage } from './helpers/tb-driver.js';
import { ADDON_ID, ROOT, samples, startTbSession, thunderbirdAvailable, type TbSession } from './helpers/tb-session.js';
import { OPENBOX_BIN } from './helpers/xvfb.js';

const SHOTS = join(ROOT, 'artifacts/screenshots');
const PHISH_FROM = 'support@kagoya.net';
const LEGIT_FROM = 'support@kagoya.jp';
const REPORT_TO = 'abuse@example.jp';
const WIDTHS = [480, 700, 1000];
/**
 * How long a phishing selection may take to show its banner. After a settings change the message is analysed again
 * and, on a busy machine, the display script can mount the banner a second or more after the badge is final; the
 * wait ends as soon as the banner is there.
 */
const PHISH_SETTLE_MS = 8000;

const available = thunderbirdAvailable() && existsSync(OPENBOX_BIN);

/** An identity (From for the compose window) and an SMTP server entry that is never used (nothing is sent). */
const IDENTITY_PREFS = {
  'mail.accountmanager.defaultaccount': 'account1',
  'mail.account.account1.identities': 'id1',
  'mail.identity.id1.useremail': 'info@example.jp',
  'mail.identity.id1.fullName': 'Info',
  'mail.identity.id1.smtpServer': 'smtp1',
  'mail.identity.id1.compose_html': false,
  'mail.smtpservers': 'smtp1',
  'mail.smtpserver.smtp1.hostname': '127.0.0.1',
  'mail.smtpserver.smtp1.port': 9,
};

describe.skipIf(!available)('Thunderbird banner layout and Report phishing (e2e)', () => {
  let tbs: TbSession;
  const shot = (name: string) => tbs.shot(join(SHOTS, `thunderbird-${name}.png`));

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    tbs = await startTbSession({ prefix: 'tb-banner-', inbox: samples('kagoya-phish.eml', 'kagoya-legit.eml'), prefs: IDENTITY_PREFS });
    const tb = await tbs.launch();
    await openInbox(tb.marionette, 2);
    expect(await saveOptions(tb.marionette, ADDON_ID, { reportAddress: REPORT_TO, lang: 'en' })).toMatch(/^Saved\.$/);
  });

  afterEach((ctx) => tbs?.logOnFail(ctx));

  afterAll(async () => {
    if (tbs?.tb) await closeComposeWindows(tbs.tb.marionette).catch(() => undefined);
    await tbs?.stop();
  });

  for (const lang of ['en', 'ja'] as const) {
    it(`banner fully visible at 480/700/1000 px (${lang})`, async () => {
      const m = tbs.tb!.marionette;
      // The status line is in the language the page was opened with (the new one applies from the next page).
      expect(await saveOptions(m, ADDON_ID, { reportAddress: REPORT_TO, lang })).toMatch(/^(Saved\.|保存しました。)$/);
      await selectMessage(m, LEGIT_FROM, 300);
      expect((await selectMessage(m, PHISH_FROM, PHISH_SETTLE_MS)).verdict).toBe('danger');
      for (const width of WIDTHS) {
        // The pane is resized with the message shown (an empty pane has no width); the banner reflows.
        const measured = await setMessagePaneWidth(m, width);
        expect(Math.abs(measured - width), `pane ${measured} px for ${width}`).toBeLessThanOrEqual(4);
        const layout = await tbBannerLayout(m);
        shot(`banner-${lang}-${width}`);
        const where = `${lang} ${width}px`;
        console.log(
          `[e2e] Thunderbird ${where}: pane ${measured} px, banner ${layout.bannerWidth}x${layout.bannerHeight}, headline ${layout.headlineLines} line(s): ${layout.headline}`,
        );
        expect(layout.overflowing, where).toEqual([]);
        expect(layout.truncating, where).toEqual([]);
        expect(layout.notFullyVisible, where).toEqual([]);
        expect(layout.bannerWidth, where).toBeLessThanOrEqual(width);
        expect(layout.headline).toBe(
          lang === 'en'
            ? 'This email is not really from KAGOYA. It is very likely phishing.'
            : 'このメールはKAGOYAからのものではありません。フィッシングの可能性が高いです。',
        );
        expect(layout.reasons.length).toBeGreaterThanOrEqual(2);
        expect(layout.reasons[0]).toContain('info@example.jp');
        expect(layout.reasons[0]).toContain(PHISH_FROM);
        for (const r of layout.reasons) expect(layout.headline).not.toContain(r);
        expect(layout.advice).toContain(REPORT_TO);
        expect(layout.buttons[0]).toBe(lang === 'en' ? 'Report phishing' : 'フィッシングを報告');
      }
    });
  }

  it('keeps a short fixed toolbar label with the badge; the long title is the tooltip', async () => {
    const m = tbs.tb!.marionette;
    await selectMessage(m, PHISH_FROM, PHISH_SETTLE_MS);
    const phish = await actionButtonFacts(m);
    await selectMessage(m, LEGIT_FROM, 1500);
    const legit = await actionButtonFacts(m);
    console.log(`[e2e] toolbar button: ${JSON.stringify({ phish, legit })}`);
    expect(phish.label).toBe('Sender Lens');
    expect(legit.label).toBe('Sender Lens');
    expect(phish.badge).toBe('!');
    expect(phish.tooltip).toMatch(/^Sender Lens: /);
    expect(phish.width).toBe(legit.width);
  });

  it('"Report phishing" opens a compose window forwarding the message as an attachment with the report; nothing is sent', async () => {
    const m = tbs.tb!.marionette;
    await saveOptions(m, ADDON_ID, { reportAddress: REPORT_TO, lang: 'en' });
    await setMessagePaneWidth(m, 700);
    await selectMessage(m, LEGIT_FROM, 300);
    expect((await selectMessage(m, PHISH_FROM, PHISH_SETTLE_MS)).verdict).toBe('danger');
    await clickBannerButton(m, 'report');
    await tbs.tb!.waitForOutput(/sender-lens: report compose window opened/, 20_000);
    const composes = await composeFacts(m, ADDON_ID);
    shot('report-compose');
    console.log(`[e2e] compose: ${JSON.stringify(composes.map((c) => ({ ...c, plainTextBody: `${c.plainTextBody.slice(0, 160)}…` })))}`);
    expect(composes).toHaveLength(1);
    const c = composes[0]!;
    expect(c.to).toEqual([REPORT_TO]);
    expect(c.subject).toMatch(/^Phishing report: /);
    expect(c.isPlainText).toBe(true);
    expect(c.plainTextBody).toContain('I received the attached message. Sender Lens says: Dangerous.');
    expect(c.plainTextBody).toContain(PHISH_FROM);
    expect(c.plainTextBody).toContain('52.140.204.1');
    expect(c.attachments).toHaveLength(1);
    expect(c.attachments[0]!.name).toMatch(/\.eml$/);
    expect(c.attachments[0]!.type).toBe('message/rfc822');
    expect(c.attachments[0]!.size).toBeGreaterThan(1000);
    expect(await closeComposeWindows(m)).toBe(1);
    // Nothing was sent: no request left the machine (the proxy refuses and records everything; SMTP port 9 is unused).
    for (const r of tbs.proxy.requests) expect(r).not.toMatch(/127\.0\.0\.1|localhost/);
  });

  it('report page (what the popup shows): plain part first, admin details, no score; its Report phishing opens a compose window', async () => {
    const m = tbs.tb!.marionette;
    await selectMessage(m, LEGIT_FROM, 300);
    expect((await selectMessage(m, PHISH_FROM, PHISH_SETTLE_MS)).verdict).toBe('danger');
    const page = await inReportTab<{ text: string; h2: string[]; origin: string }>(
      m,
      ADDON_ID,
      `
      return {
        text: document.getElementById('report').innerText,
        h2: [...document.querySelectorAll('#report h2')].map((h) => h.textContent),
        origin: document.querySelector('.hop-box[data-role="origin"]')?.innerText ?? '',
      };`,
    );
    shot('report-page');
    console.log(`[e2e] report page headings: ${JSON.stringify(page.h2)}; origin box: ${page.origin.replace(/\n/g, ' | ')}`);
    expect(page.text.indexOf('This email is not really from KAGOYA')).toBeGreaterThanOrEqual(0);
    expect(page.text.indexOf('Do not click the link')).toBeLessThan(page.text.indexOf('Details for admins'));
    expect(page.h2[0]).toBe('What is wrong');
    expect(page.h2).toContain('Details for admins');
    expect(page.text).not.toMatch(/score|text-mismatch|credential-path|origin-infra|NetworkError|request failed/);
    expect(page.origin).toContain('52.140.204.1');
    const status = await inReportTab<string>(
      m,
      ADDON_ID,
      `
      document.querySelector('#report button.report').click();
      for (let k = 0; k < 200; k++) {
        const s = document.querySelector('#report .action-status')?.textContent;
        if (s) return s;
        await new Promise((r) => setTimeout(r, 50));
      }
      return '';`,
    );
    expect(status).toBe(`A report to ${REPORT_TO} is ready in a new window: check it and press Send.`);
    const composes = await composeFacts(m, ADDON_ID);
    expect(composes).toHaveLength(1);
    expect(composes[0]!.to).toEqual([REPORT_TO]);
    expect(composes[0]!.attachments.map((a) => a.type)).toEqual(['message/rfc822']);
    expect(await closeComposeWindows(m)).toBe(1);
    await closeReportTabs(m);
  });
});
