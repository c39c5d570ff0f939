/**
 * QR test fixtures made at test time with npm encoders: a QR code (qrcode) rendered to RGBA, then written as PNG
 * (pngjs), JPEG (jpeg-js), GIF (omggif) or a minimal one-page PDF embedding the image (DCTDecode JPEG or FlateDecode
 * RGB samples), and a MIME message carrying it inline, as an attachment or as a data: URI.
 */
import { deflateSync } from 'node:zlib';
import QRCode from 'qrcode';
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import omggif from 'omggif';

export interface Rgba {
  data: Uint8Array;
  width: number;
  height: number;
}

/** The QR code of `text`, `scale` pixels per module, 4 modules of quiet zone, centred on a `canvas` square if given. */
export function qrRgba(text: string, scale = 4, canvas?: number): Rgba {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const side = (n + 8) * scale;
  const width = Math.max(side, canvas ?? 0);
  const data = new Uint8Array(width * width * 4).fill(255);
  const off = Math.floor((width - side) / 2);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (!qr.modules.get(y, x)) continue;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const i = ((off + (y + 4) * scale + dy) * width + off + (x + 4) * scale + dx) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
      }
    }
  }
  return { data, width, height: width };
}

/** A noise image with no QR code in it (a photo stand-in). */
export function noiseRgba(width: number, height: number, seed = 7): Rgba {
  const data = new Uint8Array(width * height * 4);
  let s = seed;
  for (let i = 0; i < data.length; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    data[i] = i % 4 === 3 ? 255 : s & 0xff;
  }
  return { data, width, height };
}

export function toPng(img: Rgba): Uint8Array {
  const png = new PNG({ width: img.width, height: img.height });
  png.data = Buffer.from(img.data);
  return new Uint8Array(PNG.sync.write(png));
}

export function toJpeg(img: Rgba, quality = 90): Uint8Array {
  return new Uint8Array(jpeg.encode({ data: Buffer.from(img.data), width: img.width, height: img.height }, quality).data);
}

export function toGif(img: Rgba): Uint8Array {
  const pixels = new Uint8Array(img.width * img.height);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (img.data[i * 4] ?? 0) < 128 ? 0 : 1;
  const buf = Buffer.alloc(img.width * img.height + 4096);
  const w = new omggif.GifWriter(buf, img.width, img.height, { palette: [0x000000, 0xffffff] });
  w.addFrame(0, 0, img.width, img.height, Array.from(pixels));
  return new Uint8Array(buf.subarray(0, w.end()));
}

/** A one-page PDF showing the image: JPEG bytes as DCTDecode, or RGB samples as FlateDecode. Offsets in the xref are exact. */
export function toPdf(img: Rgba, how: 'jpeg' | 'flate'): Uint8Array {
  let stream: Uint8Array;
  let imageDict: string;
  if (how === 'jpeg') {
    stream = toJpeg(img);
    imageDict = `/Filter /DCTDecode /ColorSpace /DeviceRGB /BitsPerComponent 8`;
  } else {
    const rgb = new Uint8Array(img.width * img.height * 3);
    for (let i = 0, j = 0; i < img.data.length; i += 4) {
      rgb[j++] = img.data[i] ?? 0;
      rgb[j++] = img.data[i + 1] ?? 0;
      rgb[j++] = img.data[i + 2] ?? 0;
    }
    stream = new Uint8Array(deflateSync(rgb));
    imageDict = `/Filter /FlateDecode /ColorSpace /DeviceRGB /BitsPerComponent 8`;
  }
  const content = `q ${img.width} 0 0 ${img.height} 50 300 cm /Im1 Do Q\nBT /F1 14 Tf 50 250 Td (Scan the code) Tj ET\n`;
  const parts: (string | Uint8Array)[] = [];
  const offsets: number[] = [];
  let pos = 0;
  const push = (p: string | Uint8Array) => {
    parts.push(p);
    pos += typeof p === 'string' ? Buffer.byteLength(p, 'latin1') : p.length;
  };
  const obj = (n: number, body: string | (string | Uint8Array)[]) => {
    offsets[n] = pos;
    push(`${n} 0 obj\n`);
    for (const b of Array.isArray(body) ? body : [body]) push(b);
    push('\nendobj\n');
  };
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  obj(
    3,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 4 0 R >> /Font << /F1 6 0 R >> >> /Contents 5 0 R >>',
  );
  obj(4, [
    `<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} ${imageDict} /Length ${stream.length} >>\nstream\n`,
    stream,
    '\nendstream',
  ]);
  obj(5, [`<< /Length ${content.length} >>\nstream\n`, content, 'endstream']);
  obj(6, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const xref = pos;
  push(
    `xref\n0 7\n0000000000 65535 f \n${offsets
      .slice(1)
      .map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)
      .join('')}`,
  );
  push(`trailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))));
}

function b64Lines(bytes: Uint8Array): string {
  return (
    Buffer.from(bytes)
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');
}

export interface QrMailOptions {
  from?: string;
  subject?: string;
  /** Plain text of the body (also sent as the HTML part's text). */
  text: string;
  image: Uint8Array;
  mimeType: string;
  filename: string;
  /** inline: multipart/related with <img src="cid:">; attached: multipart/mixed; data-uri: <img src="data:..."> */
  placement: 'inline' | 'attached' | 'data-uri';
}

/** A complete message around the image (CRLF, base64 parts). */
export function qrMail(o: QrMailOptions): Uint8Array {
  const head = [
    `From: ${o.from ?? '"IT Service Desk" <it-desk@example-helpdesk.net>'}`,
    'To: user@example.jp',
    `Subject: ${o.subject ?? 'Action required'}`,
    'Date: Thu, 03 Dec 2026 10:00:00 +0000',
    'Message-ID: <qr-test@example-helpdesk.net>',
    'MIME-Version: 1.0',
  ];
  const html = (src: string) =>
    `<html><body><p>${o.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p><p><img src="${src}" alt="code"></p></body></html>`;
  const textPart = (t: string, type: string) =>
    `Content-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64Lines(Buffer.from(t, 'utf8'))}\r\n`;
  let body: string;
  if (o.placement === 'data-uri') {
    head.push('Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64');
    body = b64Lines(Buffer.from(html(`data:${o.mimeType};base64,${Buffer.from(o.image).toString('base64')}`), 'utf8'));
  } else if (o.placement === 'inline') {
    head.push('Content-Type: multipart/related; boundary="rel"');
    body = [
      '--rel',
      textPart(html('cid:qr1@test'), 'text/html'),
      '--rel',
      `Content-Type: ${o.mimeType}; name="${o.filename}"\r\nContent-ID: <qr1@test>\r\nContent-Disposition: inline; filename="${o.filename}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64Lines(o.image)}\r\n`,
      '--rel--',
      '',
    ].join('\r\n');
  } else {
    head.push('Content-Type: multipart/mixed; boundary="mix"');
    body = [
      '--mix',
      textPart(o.text, 'text/plain'),
      '--mix',
      `Content-Type: ${o.mimeType}; name="${o.filename}"\r\nContent-Disposition: attachment; filename="${o.filename}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64Lines(o.image)}\r\n`,
      '--mix--',
      '',
    ].join('\r\n');
  }
  return new Uint8Array(Buffer.from(`${head.join('\r\n')}\r\n\r\n${body}`, 'utf8'));
}
