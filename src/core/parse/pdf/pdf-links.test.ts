import { deflateSync } from 'node:zlib';
import { pdfLinks } from './pdf-links.js';
import { inflate } from '../../../platform/shared/inflate.js';

const LIMITS = { maxStreams: 10, maxInflatedBytes: 1 << 20, maxUris: 50 };
const bin = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** A small PDF: one page whose link annotation's URI action is written as `uriToken` (uncompressed). */
function plainPdf(uriToken: string): Uint8Array {
  return bin(
    [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots [4 0 R] >> endobj',
      `4 0 obj << /Type /Annot /Subtype /Link /Rect [0 0 100 20] /A << /S /URI /URI ${uriToken} >> >> endobj`,
      'trailer << /Root 1 0 R >>',
      '%%EOF',
    ].join('\n'),
  );
}

/** The same annotation inside a FlateDecode'd object stream (PDF 1.5 compressed objects). */
function objStmPdf(uri: string, extraHeader = ''): Uint8Array {
  const body = `4 0 << /Type /Annot /Subtype /Link /A << /S /URI /URI (${uri}) >> >>`;
  const z = deflateSync(Buffer.from(body, 'latin1'));
  const head = bin(`%PDF-1.7\n${extraHeader}5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${z.length} >>\nstream\n`);
  const tail = bin('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  const out = new Uint8Array(head.length + z.length + tail.length);
  out.set(head, 0);
  out.set(z, head.length);
  out.set(tail, head.length + z.length);
  return out;
}

describe('pdfLinks', () => {
  it('reads URI actions written as literal strings (escapes, balanced parentheses) and hex strings', async () => {
    expect((await pdfLinks(plainPdf('(https://evil.example/login?a=\\(1\\))'), null, LIMITS)).uris).toEqual([
      'https://evil.example/login?a=(1)',
    ]);
    expect((await pdfLinks(plainPdf('(https://x.example/p\\(q\\)(r))'), null, LIMITS)).uris).toEqual(['https://x.example/p(q)(r)']);
    const hex = Buffer.from('https://hex.example/', 'latin1').toString('hex');
    expect((await pdfLinks(plainPdf(`<${hex}>`), null, LIMITS)).uris).toEqual(['https://hex.example/']);
    const utf16 = 'feff' + Buffer.from('https://u16.example/', 'utf16le').swap16().toString('hex');
    expect((await pdfLinks(plainPdf(`<${utf16}>`), null, LIMITS)).uris).toEqual(['https://u16.example/']);
    expect((await pdfLinks(plainPdf('(http://198.51.100.4/\\141)'), null, LIMITS)).uris).toEqual(['http://198.51.100.4/a']);
  });
  it('opens FlateDecode object streams through the injected inflate, and says when it could not', async () => {
    const pdf = objStmPdf('https://compressed.example/verify');
    expect((await pdfLinks(pdf, inflate, LIMITS)).uris).toEqual(['https://compressed.example/verify']);
    const without = await pdfLinks(pdf, null, LIMITS);
    expect(without.uris).toEqual([]);
    expect(without.unreadStreams).toBe(1);
    const capped = await pdfLinks(pdf, inflate, { ...LIMITS, maxStreams: 0 });
    expect(capped).toMatchObject({ uris: [], unreadStreams: 1 });
  });
  it('flags encrypted files and ignores what is not a PDF', async () => {
    expect((await pdfLinks(objStmPdf('https://a.example/', '6 0 obj << /Encrypt 7 0 R >> endobj\n'), inflate, LIMITS)).encrypted).toBe(
      true,
    );
    expect(await pdfLinks(bin('<html>/URI (https://a.example/)</html>'), inflate, LIMITS)).toMatchObject({ notPdf: true, uris: [] });
  });
  it('stays bounded on hostile input', async () => {
    const many = bin('%PDF-1.4\n' + '/URI (https://a.example/x)\n'.repeat(2000) + 'stream\n'.repeat(2000) + '('.repeat(10000));
    const r = await pdfLinks(many, inflate, { ...LIMITS, maxUris: 3 });
    expect(r.uris.length).toBeLessThanOrEqual(3);
    const junk = await pdfLinks(
      objStmPdf('https://a.example/').map((b, i) => (i > 120 ? b ^ 0x55 : b)),
      inflate,
      LIMITS,
    );
    expect(junk.notPdf).toBe(false);
  });
});
