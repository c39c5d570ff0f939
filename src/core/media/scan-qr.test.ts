import { scanQrCodes } from './scan-qr.js';
import { messageMedia } from './message-media.js';
import { sniffMedia } from './image-format.js';
import { DEFAULT_LIMITS } from '../deps.js';
import type { QrDecoder, QrScanRequest } from './qr-types.js';
import type { MediaItem } from './message-media.js';
import { messageFromEml } from '../rules/test-message.js';
import { noiseRgba, qrMail, qrRgba, toGif, toJpeg, toPdf, toPng } from '../../../tests/helpers/qr-fixtures.js';

function item(bytes: Uint8Array, label: string): MediaItem {
  const info = sniffMedia(bytes);
  if (!info) throw new Error('not media');
  return { ...info, bytes, label };
}

/** A decoder that answers from a table and records what it was asked; each call advances the clock by `cost` ms. */
function fakeDecoder(answers: Record<string, string[]>, clock: { t: number }, cost = 0) {
  const calls: QrScanRequest[] = [];
  const decoder: QrDecoder = (req) => {
    calls.push(req);
    clock.t += cost;
    const key = Object.keys(answers).find((k) => req.bytes.length === Number(k));
    return Promise.resolve({ codes: key ? (answers[key] ?? []) : [], status: 'done', pixels: 1000 });
  };
  return { decoder, calls };
}

describe('QR scan budgets (core, fake decoder)', () => {
  const a = item(toPng(qrRgba('https://a.example/', 2)), 'a.png');
  const b = item(toJpeg(noiseRgba(60, 60)), 'b.jpg');
  const c = item(toGif(qrRgba('c', 2)), 'c.gif');

  it('says done with no images, skipped without a decoder', async () => {
    expect((await scanQrCodes([], undefined, DEFAULT_LIMITS, () => 0)).check).toEqual({ name: 'qr', status: 'done', reason: 'no images' });
    const r = await scanQrCodes([a], undefined, DEFAULT_LIMITS, () => 0);
    expect(r.check.status).toBe('skipped');
    expect(r.check.reason).toMatch(/QR codes not checked/);
  });

  it('hands every image to the decoder within the limits, smallest first, and keeps what it found', async () => {
    const clock = { t: 0 };
    const { decoder, calls } = fakeDecoder({ [a.bytes.length]: ['https://a.example/'] }, clock);
    const r = await scanQrCodes([a, b, c], decoder, DEFAULT_LIMITS, () => clock.t);
    // c.gif 58x58, b.jpg 60x60, a.png 66x66: by pixel count, so a budget stops at the costly ones.
    expect(calls.map((x) => x.format)).toEqual(['gif', 'jpeg', 'png']);
    expect(calls[0]).toMatchObject({
      maxImagePixels: DEFAULT_LIMITS.qrMaxImagePixels,
      maxPixels: DEFAULT_LIMITS.qrMaxPixels,
      deadline: DEFAULT_LIMITS.qrTimeBudgetMs,
    });
    expect(calls[1]?.maxPixels).toBe(DEFAULT_LIMITS.qrMaxPixels - 1000);
    expect(r.codes).toEqual([{ text: 'https://a.example/', foundIn: 'a.png' }]);
    expect(r.check).toEqual({ name: 'qr', status: 'done', reason: '3 image(s) or PDF(s) scanned, 1 QR code(s) found' });
  });

  it('stops at the image count, byte, pixel and time limits and says so (unavailable, never done)', async () => {
    const clock = { t: 0 };
    const count = fakeDecoder({}, clock);
    const r1 = await scanQrCodes([a, b, c], count.decoder, { ...DEFAULT_LIMITS, qrMaxImages: 2 }, () => clock.t);
    expect(count.calls).toHaveLength(2);
    expect(r1.check.status).toBe('unavailable');
    expect(r1.check.reason).toMatch(/a\.png: more than 2 images/);

    const bytes = fakeDecoder({}, clock);
    const r2 = await scanQrCodes(
      [a, b],
      bytes.decoder,
      { ...DEFAULT_LIMITS, qrMaxImageBytes: Math.min(a.bytes.length, b.bytes.length) - 1 },
      () => clock.t,
    );
    expect(bytes.calls).toHaveLength(0);
    expect(r2.check.reason).toMatch(/larger than/);

    const pdf = item(toPdf(qrRgba('https://p.example/', 2), 'jpeg'), 'p.pdf');
    const pdfBytes = fakeDecoder({}, clock);
    const r5 = await scanQrCodes([pdf, a], pdfBytes.decoder, { ...DEFAULT_LIMITS, qrMaxImageBytes: pdf.bytes.length - 1 }, () => clock.t);
    expect(pdfBytes.calls.map((x) => x.format)).toEqual(['pdf', 'png']); // a PDF has its own byte limit
    expect(pdfBytes.calls[0]?.maxImageBytes).toBe(pdf.bytes.length - 1); // which still applies to its images
    expect(r5.check.status).toBe('done');

    const px = fakeDecoder({}, clock);
    const r3 = await scanQrCodes([b], px.decoder, { ...DEFAULT_LIMITS, qrMaxImagePixels: 3000 }, () => clock.t);
    expect(px.calls).toHaveLength(0);
    expect(r3.check.reason).toMatch(/60x60 pixels, above 3000/);

    const slow = { t: 0 };
    const time = fakeDecoder({}, slow, 200);
    const r4 = await scanQrCodes([a, b, c], time.decoder, { ...DEFAULT_LIMITS, qrTimeBudgetMs: 300 }, () => slow.t);
    expect(time.calls).toHaveLength(2);
    expect(r4.check.reason).toMatch(/a\.png: time budget of 300 ms used/);
  });

  it('records a throwing or failing decoder as not checked, never as a pass', async () => {
    const boom: QrDecoder = () => Promise.reject(new Error('boom'));
    const r = await scanQrCodes([a], boom, DEFAULT_LIMITS, () => 0);
    expect(r.check).toMatchObject({ status: 'unavailable' });
    expect(r.check.reason).toMatch(/decoder failed: boom/);
    const unsupported: QrDecoder = () =>
      Promise.resolve({ codes: [], status: 'unsupported', reason: 'WEBP images cannot be decoded here', pixels: 0 });
    expect((await scanQrCodes([a], unsupported, DEFAULT_LIMITS, () => 0)).check.reason).toMatch(/WEBP images cannot be decoded here/);
  });
});

describe('images and PDFs of a message', () => {
  const png = toPng(qrRgba('https://x.example/', 2));
  it.each(['inline', 'attached', 'data-uri'] as const)('finds a %s image', async (placement) => {
    const msg = await messageFromEml(qrMail({ text: 'hello', image: png, mimeType: 'image/png', filename: 'code.png', placement }));
    const media = messageMedia(msg, undefined, DEFAULT_LIMITS.maxBodyChars);
    expect(media.map((m) => [m.format, m.width, m.label])).toEqual([['png', 66, placement === 'data-uri' ? 'data: image' : 'code.png']]);
  });

  it('finds a PDF sent as application/octet-stream by its name and bytes', async () => {
    const pdf = toPdf(qrRgba('https://x.example/', 2), 'jpeg');
    const msg = await messageFromEml(
      qrMail({ text: 'invoice', image: pdf, mimeType: 'application/octet-stream', filename: 'invoice.pdf', placement: 'attached' }),
    );
    expect(messageMedia(msg, undefined, DEFAULT_LIMITS.maxBodyChars).map((m) => m.format)).toEqual(['pdf']);
  });

  it('ignores tracking pixels and parts that are not images', async () => {
    const pixel = toGif({ data: new Uint8Array([255, 255, 255, 255]), width: 1, height: 1 });
    const msg = await messageFromEml(qrMail({ text: 'x', image: pixel, mimeType: 'image/gif', filename: 'p.gif', placement: 'inline' }));
    expect(messageMedia(msg, undefined, DEFAULT_LIMITS.maxBodyChars)).toEqual([]);
    const fake = await messageFromEml(
      qrMail({
        text: 'x',
        image: new TextEncoder().encode('not an image at all'),
        mimeType: 'image/png',
        filename: 'x.png',
        placement: 'attached',
      }),
    );
    expect(messageMedia(fake, undefined, DEFAULT_LIMITS.maxBodyChars)).toEqual([]);
  });
});
