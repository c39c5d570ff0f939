// QR codes through the BUILT CLI (the Node decoder: pngjs, jpeg-js, omggif, the PDF image reader, jsQR) on messages
// generated here: every image format and placement, a PDF attachment, a legitimate QR mail, and the budgets.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { noiseRgba, qrMail, qrRgba, toGif, toJpeg, toPdf, toPng, type QrMailOptions } from '../helpers/qr-fixtures.js';

const CLI = 'bin/sender-lens.mjs';
const QR_URL = 'https://microsoft-365-verify.azurewebsites.net/login?u=8812';
const LURE = 'Your Microsoft 365 MFA expired. Scan the QR code below with your phone camera to re-authenticate your account.';

type Link = { target: string; source: string; foundIn?: string; flags: string[] };
type Json = {
  verdict: string;
  findings: { id: string; message: string; evidence: { value: string; label?: string }[] }[];
  links: Link[];
  checks: { name: string; status: string; reason: string | null }[];
};

let dir: string;
beforeAll(() => {
  if (!existsSync('dist/cli/sender-lens.mjs')) throw new Error('CLI not built: run `npm run build` first');
  mkdirSync('.tmp', { recursive: true });
  dir = mkdtempSync(join('.tmp', 'cli-qr-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function analyze(
  name: string,
  mail: Omit<QrMailOptions, 'filename'> & { filename?: string },
  extra: string[] = [],
): { code: number | null; json: Json; stderr: string } {
  const file = join(dir, `${name}.eml`);
  writeFileSync(file, qrMail({ filename: name, ...mail }));
  const r = spawnSync('node', [CLI, 'analyze', '--json', '--offline', ...extra, file], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, json: JSON.parse(r.stdout.trim()) as Json, stderr: r.stderr };
}
const qrCheck = (j: Json) => j.checks.find((c) => c.name === 'qr');

describe('sender-lens analyze: QR codes (built CLI, Node decoder)', () => {
  const img = qrRgba(QR_URL, 4);
  it.each([
    ['PNG inline', { image: toPng(img), mimeType: 'image/png', placement: 'inline' }, 'qr.png'],
    ['JPEG attached', { image: toJpeg(img), mimeType: 'image/jpeg', placement: 'attached' }, 'qr.jpg'],
    ['GIF as a data: URI', { image: toGif(img), mimeType: 'image/gif', placement: 'data-uri' }, 'data: image'],
    ['PDF attachment (DCTDecode)', { image: toPdf(img, 'jpeg'), mimeType: 'application/pdf', placement: 'attached' }, 'qr.pdf'],
    ['PDF attachment (FlateDecode)', { image: toPdf(img, 'flate'), mimeType: 'application/pdf', placement: 'attached' }, 'qr-flate.pdf'],
  ] as const)('%s: the decoded URL is a link with every link check, and qr-code-lure fires', (_n, m, filename) => {
    const r = analyze(filename === 'data: image' ? 'qr-data' : filename, {
      text: LURE,
      ...m,
      ...(filename === 'data: image' ? {} : { filename }),
    });
    expect(r.code).toBe(2);
    const link = r.json.links.find((l) => l.source === 'qr');
    expect(link).toMatchObject({ target: QR_URL, foundIn: filename });
    expect(link?.flags).toContain('credential-path');
    const ids = r.json.findings.map((f) => f.id);
    expect(ids).toContain('qr-code-lure');
    expect(ids).toContain('brand-on-shared-host');
    expect(r.json.findings.find((f) => f.id === 'brand-on-shared-host')?.message).toContain('microsoft-365-verify.azurewebsites.net');
    expect(qrCheck(r.json)).toEqual({ name: 'qr', status: 'done', reason: '1 image(s) or PDF(s) scanned, 1 QR code(s) found' });
  });

  it('a legitimate QR code (an event ticket) is a link but no finding of its own', () => {
    const r = analyze('ticket.png', {
      from: 'Tickets <tickets@example.org>',
      subject: 'Your ticket',
      text: 'Show this QR code at the entrance. See you at the conference!',
      image: toPng(qrRgba('https://tickets.example.org/t/5531', 4)),
      mimeType: 'image/png',
      placement: 'inline',
    });
    expect(r.json.links.find((l) => l.source === 'qr')?.target).toBe('https://tickets.example.org/t/5531');
    expect(r.json.findings.map((f) => f.id)).not.toContain('qr-code-lure');
  });

  it('says which images it could not check: too many pixels, and a photo without a code', () => {
    const big = analyze('big.png', { text: LURE, image: toPng(qrRgba(QR_URL, 4, 2100)), mimeType: 'image/png', placement: 'attached' });
    expect(qrCheck(big.json)?.status).toBe('unavailable');
    expect(qrCheck(big.json)?.reason).toMatch(/big\.png: 2100x2100 pixels, above 4000000/);
    expect(big.json.findings.map((f) => f.id)).not.toContain('qr-code-lure');
    const photo = analyze('photo.jpg', {
      text: 'Holiday photos',
      image: toJpeg(noiseRgba(400, 300)),
      mimeType: 'image/jpeg',
      placement: 'attached',
    });
    expect(qrCheck(photo.json)).toEqual({ name: 'qr', status: 'done', reason: '1 image(s) or PDF(s) scanned, 0 QR code(s) found' });
  });

  it('prints the QR link in the text report', () => {
    const file = join(dir, 'text.eml');
    writeFileSync(file, qrMail({ text: LURE, image: toPng(img), mimeType: 'image/png', filename: 'mfa.png', placement: 'inline' }));
    const r = spawnSync('node', [CLI, 'analyze', '--offline', file], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout).toContain(`QR code in mfa.png: goes to ${QR_URL}`);
    expect(r.stdout).toMatch(/scan a QR code with your phone .*\(qr-code-lure\)/);
  });
});
