import { dictNumber, pdfEncrypted, pdfStreams, pdfText } from './pdf-streams.js';

const bin = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

describe('pdfStreams', () => {
  it('gives each stream object its dictionary and data: /Length when an endstream follows it, else the next endstream', () => {
    const t = pdfText(
      bin(
        '%PDF-1.7\n4 0 obj\n<< /Length 5 >>\nstream\nab\ncd\nendstream\nendobj\n' +
          '5 0 obj << /Length 6 0 R /Subtype /Image >>\nstream\r\nxyz\nendstream endobj\n',
      ),
    );
    const got = [...pdfStreams(t, 10, 4096)].map((s) => ({ dict: s.dict.trim(), data: t.slice(s.start, s.end) }));
    expect(got).toEqual([
      { dict: 'obj\n<< /Length 5 >>', data: 'ab\ncd' },
      { dict: 'obj << /Length 6 0 R /Subtype /Image >>', data: 'xyz\n' },
    ]);
    expect(dictNumber(got[1]!.dict, 'Length')).toBeNull(); // indirect: not followed
    expect(dictNumber(got[0]!.dict, 'Length')).toBe(5);
  });
  it('reads a damaged file to its end and stops after maxStreams keywords', () => {
    const t = pdfText(bin('%PDF-1.4\n1 0 obj << >>\nstream\nno end'));
    expect([...pdfStreams(t, 10, 4096)].map((s) => t.slice(s.start, s.end))).toEqual(['no end']);
    const many = pdfText(bin('%PDF-1.4\n' + 'stream\nendstream\n'.repeat(100)));
    expect([...pdfStreams(many, 7, 4096)].length).toBeLessThanOrEqual(7);
  });
  it('says when the file is encrypted (7.6.1 /Encrypt entry)', () => {
    expect(pdfEncrypted('trailer << /Root 1 0 R /Encrypt 7 0 R >>')).toBe(true);
    expect(pdfEncrypted('trailer << /Encrypt << /Filter /Standard >> >>')).toBe(true);
    expect(pdfEncrypted('trailer << /Root 1 0 R >>')).toBe(false);
  });
});
