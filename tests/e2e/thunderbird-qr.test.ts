/**
 * QR codes in a real Thunderbird (Debian ESR) under Xvfb: the Local Folders inbox holds a message whose only link is
 * inside a QR code image (generated here, PNG inline via Content-ID) with text asking to scan it with a phone to
 * re-authenticate, and a legitimate message with a ticket QR code. The extension decodes the image in its background
 * (createImageBitmap + OffscreenCanvas + jsQR); the report must show the decoded link ("QR code in mfa.png") and the
 * qr-code-lure finding. Every outside request is refused by the recording proxy. Run after `npm run build`:
 *   npx vitest run --project e2e tests/e2e/thunderbird-qr.test.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ADDON_ID, ROOT, startTbSession, thunderbirdAvailable, type TbSession } from './helpers/tb-session.js';
import { closePopup, openInbox, openPopupText, reportTabText, selectMessage } from './helpers/tb-driver.js';
import { qrMail, qrRgba, toPng } from '../helpers/qr-fixtures.js';

const ARTIFACTS = join(ROOT, 'artifacts/e2e');
const PHISH_FROM = 'it-desk@example-helpdesk.net';
const LEGIT_FROM = 'tickets@example.org';
const QR_URL = 'https://microsoft-365-verify.azurewebsites.net/login?u=8812';

describe.skipIf(!thunderbirdAvailable())('Thunderbird extension: QR codes (e2e)', () => {
  let tbs: TbSession;
  const shot = (name: string) => tbs.shot(join(ARTIFACTS, `thunderbird-qr-${name}.png`));

  /** The popup's text; when the panel will not open under Xvfb, the same report page as a tab (see thunderbird.test.ts). */
  const popupText = async (): Promise<string> => {
    for (let attempt = 1; attempt <= 2; attempt++) {
      try {
        return await openPopupText(tbs.tb!.marionette, attempt === 1 ? 'toolbar' : 'banner');
      } catch (e) {
        shot(`popup-attempt-${attempt}-failed`);
        console.log(`[e2e-qr] popup attempt ${attempt} failed: ${String(e)}`);
        await closePopup(tbs.tb!.marionette).catch(() => undefined);
        await selectMessage(tbs.tb!.marionette, LEGIT_FROM, 300);
        await selectMessage(tbs.tb!.marionette, PHISH_FROM);
      }
    }
    console.log('[e2e-qr] popup panel did not open; reading the report page in a tab');
    return reportTabText(tbs.tb!.marionette, ADDON_ID);
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const phish = qrMail({
      from: `"IT Service Desk" <${PHISH_FROM}>`,
      subject: 'MFA re-authentication required',
      text: 'Your Microsoft 365 MFA expired. Scan the QR code below with your phone camera to re-authenticate your account.',
      image: toPng(qrRgba(QR_URL, 4)),
      mimeType: 'image/png',
      filename: 'mfa.png',
      placement: 'inline',
    });
    const legit = qrMail({
      from: `"Tickets" <${LEGIT_FROM}>`,
      subject: 'Your ticket',
      text: 'Show this QR code at the entrance. See you at the conference!',
      image: toPng(qrRgba('https://tickets.example.org/t/5531', 4)),
      mimeType: 'image/png',
      filename: 'ticket.png',
      placement: 'inline',
    });
    tbs = await startTbSession({ prefix: 'tb-qr-e2e-', inbox: [phish, legit], tag: 'e2e-qr' });
    await tbs.launch();
    await openInbox(tbs.tb!.marionette, 2);
  });

  afterEach((ctx) => tbs?.logOnFail(ctx));

  afterAll(async () => {
    await tbs?.stop();
  });

  it('decodes the QR image in the background: danger banner, and the report shows the QR link and qr-code-lure', async () => {
    const sel = await selectMessage(tbs.tb!.marionette, PHISH_FROM);
    shot('banner');
    console.log(`[e2e-qr] banner after ${sel.ms?.toFixed(0)} ms: ${sel.bannerText}`);
    expect(sel.verdict).toBe('danger');
    expect(sel.badge).toBe('!');
    const text = await popupText();
    shot('popup');
    await closePopup(tbs.tb!.marionette).catch(() => undefined);
    console.log(`[e2e-qr] report:\n${text}`);
    expect(text).toContain('QR code in mfa.png');
    expect(text).toContain(QR_URL);
    expect(text).toMatch(/scan a QR code with your phone/);
    expect(text).toContain('microsoft-365-verify.azurewebsites.net');
  });

  it('a legitimate ticket QR code gets no banner', async () => {
    const sel = await selectMessage(tbs.tb!.marionette, LEGIT_FROM, 1500);
    console.log(`[e2e-qr] ticket: banner ${sel.verdict}, badge ${sel.badge}`);
    expect(sel.verdict).toBeNull();
    expect(sel.badge).not.toBe('!');
  });

  it('refused every outside request', () => {
    console.log(`[e2e-qr] refused requests: ${JSON.stringify(tbs.proxy.requests)}`);
    for (const r of tbs.proxy.requests) expect(r).not.toMatch(/127\.0\.0\.1|localhost/);
  });
});
