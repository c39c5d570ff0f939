import { analyzeMessage } from '../../analyze.js';
import { createNoneResolver } from '../../dns/index.js';
import type { AnalyzeDeps } from '../../deps.js';
import type { QrDecoder } from '../../media/qr-types.js';
import { findScanRequest } from './scan-phrases.js';
import { lureText } from '../lures/normalize.js';
import { qrMail, qrRgba, toPng } from '../../../../tests/helpers/qr-fixtures.js';

/** Fake decoder: every image holds `payload` (the real decoders are tested in platform/node/qr-raster.test.ts). */
const holding =
  (payload: string): QrDecoder =>
  () =>
    Promise.resolve({ codes: [payload], status: 'done', pixels: 4356 });
const deps = (findQrCodes?: QrDecoder): AnalyzeDeps => ({
  resolver: createNoneResolver(),
  offline: true,
  now: () => 0,
  crypto: globalThis.crypto,
  ...(findQrCodes ? { findQrCodes } : {}),
});
const image = toPng(qrRgba('placeholder', 2));
const PHISH_URL = 'https://m365-reauth.example-verify.top/login?session=8812';

async function analyze(text: string, payload: string | null, subject = 'Security notice') {
  const raw = qrMail({ text, subject, image, mimeType: 'image/png', filename: 'scan.png', placement: 'inline' });
  return analyzeMessage(raw, deps(payload === null ? undefined : holding(payload)));
}

describe('qr-code-lure', () => {
  it('fires on a QR code with a request to scan it with a phone to re-authenticate, and the QR URL is a link', async () => {
    const r = await analyze(
      'Your Microsoft 365 MFA session expired. Scan the QR code below with your phone camera to re-authenticate your account.',
      PHISH_URL,
    );
    const f = r.findings.find((x) => x.id === 'qr-code-lure');
    expect(f).toBeDefined();
    expect(f?.severity).toBe('high');
    expect(f?.params).toMatchObject({ host: 'm365-reauth.example-verify.top', foundIn: 'scan.png' });
    expect(f?.evidence).toContainEqual({ kind: 'url', value: PHISH_URL, label: 'QR code in scan.png' });
    const link = r.links.find((l) => l.source === 'qr');
    expect(link).toMatchObject({ target: PHISH_URL, foundIn: 'scan.png', registrableDomain: 'example-verify.top' });
    expect(link?.flags).toContain('credential-path');
    expect(r.checks).toContainEqual({ name: 'qr', status: 'done', reason: '1 image(s) or PDF(s) scanned, 1 QR code(s) found' });
    expect(r.checks).toContainEqual({ name: 'rule:qr-code', status: 'done', reason: null });
    expect(['caution', 'danger']).toContain(r.verdict);
  });

  it('fires on the Japanese request', async () => {
    const r = await analyze(
      'セキュリティ強化のため、スマートフォンでＱＲコードを読み取って本人確認を完了してください。',
      PHISH_URL,
      '【重要】アカウント確認',
    );
    expect(r.findings.map((f) => f.id)).toContain('qr-code-lure');
  });

  it('runs the link checks on the decoded URL (shortener)', async () => {
    const r = await analyze('Scan this QR code with your mobile to verify your mailbox.', 'https://bit.ly/3abcDEF');
    expect(r.links.find((l) => l.source === 'qr')?.flags).toContain('shortener');
    expect(r.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['qr-code-lure', 'shortener-link']));
  });

  it('does not fire without an account purpose, without a QR code, or for a code that is not a web address', async () => {
    const app = await analyze('Scan the QR code with your phone to download our app and get 10% off.', 'https://shop.example.com/app');
    expect(app.findings.map((f) => f.id)).not.toContain('qr-code-lure');
    expect(app.links.some((l) => l.source === 'qr')).toBe(true);
    const noCode = await analyze('Scan the QR code below with your phone to verify your account.', null);
    expect(noCode.findings.map((f) => f.id)).not.toContain('qr-code-lure');
    expect(noCode.checks).toContainEqual(expect.objectContaining({ name: 'qr', status: 'skipped' }));
    const otp = await analyze(
      'Scan the QR code with your authenticator app on your phone to set up two-factor sign-in.',
      'otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP',
    );
    expect(otp.findings.map((f) => f.id)).not.toContain('qr-code-lure');
    expect(otp.links.some((l) => l.source === 'qr')).toBe(false);
  });

  it.each([
    ['en', 'Please scan the QR code using your smartphone to complete 2FA verification.'],
    ['ja', 'スマホのカメラでQRコードを読み取り、ログインしてください。'],
    ['de', 'Bitte scannen Sie den QR-Code mit Ihrem Smartphone, um Ihr Konto zu verifizieren.'],
    ['fr', 'Scannez le code QR avec votre téléphone pour vérifier votre compte.'],
    ['es', 'Escanee el código QR con su teléfono para verificar su cuenta.'],
    ['pt', 'Escaneie o código QR com seu celular para confirmar sua senha.'],
  ])('finds the scan request in %s', (_lang, text) => {
    expect(findScanRequest(lureText('', text, ''))).not.toBeNull();
  });

  it.each([
    'Scan the QR code at the entrance to check in for the conference.',
    'Your boarding pass: show this QR code at the gate.',
    'QRコードを読み取ってLINEの友だち追加をしてください。',
    'Please verify the attached invoice and confirm payment.',
  ])('ignores "%s"', (text) => {
    expect(findScanRequest(lureText('', text, ''))).toBeNull();
  });
});
