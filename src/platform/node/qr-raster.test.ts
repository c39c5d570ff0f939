import { createNodeQrDecoder } from './qr-raster.js';
import type { QrScanRequest } from '../../core/media/qr-types.js';
import { sniffMedia } from '../../core/media/image-format.js';
import { noiseRgba, qrRgba, toGif, toJpeg, toPdf, toPng } from '../../../tests/helpers/qr-fixtures.js';

const URL = 'https://login-verify.example-phish.top/mfa?u=1';
const clock = () => 0;
const decode = createNodeQrDecoder(clock);

function req(bytes: Uint8Array, over: Partial<QrScanRequest> = {}): QrScanRequest {
  const info = sniffMedia(bytes);
  if (!info) throw new Error('fixture not recognised');
  return {
    bytes,
    format: info.format,
    maxPixels: 12_000_000,
    maxImagePixels: 4_000_000,
    maxImageBytes: 1 << 20,
    maxPdfImages: 10,
    deadline: 1000,
    ...over,
  };
}

describe('Node QR decoder (pngjs, jpeg-js, omggif, PDF images, jsQR)', () => {
  const img = qrRgba(URL, 4);

  it.each([
    ['PNG', toPng(img)],
    ['JPEG', toJpeg(img)],
    ['GIF', toGif(img)],
    ['PDF with a DCTDecode image', toPdf(img, 'jpeg')],
    ['PDF with a FlateDecode RGB image', toPdf(img, 'flate')],
  ])('decodes the URL from a %s', async (_name, bytes) => {
    const r = await decode(req(bytes));
    expect(r.status).toBe('done');
    expect(r.codes).toEqual([URL]);
    expect(r.pixels).toBe(img.width * img.height);
  });

  it('finds a small code in a larger picture', async () => {
    const r = await decode(req(toPng(qrRgba(URL, 3, 600))));
    expect(r.codes).toEqual([URL]);
  });

  it('reports no code in an image without one', async () => {
    const r = await decode(req(toJpeg(noiseRgba(300, 200))));
    expect(r).toMatchObject({ status: 'done', codes: [], pixels: 60_000 });
  });

  it('stops at the pixel limits before decoding', async () => {
    const big = toPng(qrRgba(URL, 4, 800));
    expect(await decode(req(big, { maxImagePixels: 500_000 }))).toMatchObject({ status: 'budget', codes: [], pixels: 0 });
    expect(await decode(req(big, { maxPixels: 100_000 }))).toMatchObject({ status: 'budget', codes: [], pixels: 0 });
  });

  it('starts nothing past the deadline', async () => {
    const r = await decode(req(toPng(img), { deadline: 0 }));
    expect(r).toMatchObject({ status: 'budget', reason: 'time budget used', codes: [] });
  });

  it('does not start an image it cannot decode in the time left (expected from its size, before decoding)', async () => {
    // 900x900 PNG: 810,000 px x 25 ns decode + 700,000 px x 120 ns search = about 105 ms by the Node platform's figures.
    const large = qrRgba(URL, 4, 900);
    const short = await decode(req(toPng(large), { deadline: 60 }));
    expect(short).toMatchObject({ status: 'budget', codes: [], pixels: 0 });
    expect(short.reason).toMatch(/time budget: an image of 900x900 pixels takes about 105 ms, 60 ms left/);
    // A small code fits in the same 60 ms; the large one in a longer budget.
    expect(await decode(req(toPng(img), { deadline: 60 }))).toMatchObject({ status: 'done', codes: [URL] });
    expect(await decode(req(toPng(large), { deadline: 200 }))).toMatchObject({ status: 'done', codes: [URL] });
    // In a PDF too, image by image.
    expect(await decode(req(toPdf(large, 'flate'), { deadline: 60 }))).toMatchObject({ status: 'budget', codes: [], pixels: 0 });
  });

  it('says WebP cannot be decoded in Node, and a corrupt image is an error, never a throw', async () => {
    const webp = new Uint8Array([
      ...Buffer.from('RIFF'),
      40,
      0,
      0,
      0,
      ...Buffer.from('WEBPVP8X'),
      10,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      99,
      0,
      0,
      99,
      0,
      0,
    ]);
    expect(await decode(req(webp))).toMatchObject({ status: 'unsupported', codes: [] });
    const png = toPng(img);
    const corrupt = png.slice(0, 60);
    const r = await decode(req(corrupt));
    expect(r.status).toBe('error');
    expect(r.codes).toEqual([]);
  });

  it('caps the images read from one PDF, and their bytes', async () => {
    const pdf = toPdf(img, 'jpeg');
    const r = await decode(req(pdf, { maxPdfImages: 0 }));
    expect(r.status).toBe('budget');
    expect(r.reason).toMatch(/more than 0 images/);
    const small = await decode(req(pdf, { maxImageBytes: 100 }));
    expect(small).toMatchObject({ status: 'budget', reason: 'PDF image larger than 100 bytes', codes: [] });
  });
});
