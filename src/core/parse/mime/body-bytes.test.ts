import { base64Length, passThroughBytes, quotedPrintableBytes, writeBase64 } from './body-bytes.js';

const enc = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const str = (b: Uint8Array) => String.fromCharCode(...b);

describe('body-bytes', () => {
  it('passThroughBytes: each line (of a CRLF-normalised body) without its CRLF, plus LF, as postal-mime reads lines', () => {
    expect(str(passThroughBytes(enc('a\r\nb\r\n')))).toBe('a\nb\n');
    expect(str(passThroughBytes(enc('a\r\n\r\nb')))).toBe('a\n\nb\n'); // a last line without LF is a line too
    expect(str(passThroughBytes(enc('\r\n')))).toBe('\n');
    expect(str(passThroughBytes(enc('')))).toBe('');
  });

  it('quotedPrintableBytes: soft breaks, =XX escapes, bad escapes kept, LF after each hard line break', () => {
    expect(str(quotedPrintableBytes(enc('a=3Db=\r\nc\r\n')))).toBe('a=bc\n');
    expect(str(quotedPrintableBytes(enc('=e9=E9=4\r\n=ZZ=\r\n=')))).toBe('\xe9\xe9=4\n=ZZ');
    expect(str(quotedPrintableBytes(enc('a=4=\r\nb')))).toBe('a=4b\n'); // an escape cut by the soft break is literal
    expect(str(quotedPrintableBytes(enc('no escapes\r\n\r\nat all')))).toBe('no escapes\n\nat all\n');
    expect(str(quotedPrintableBytes(enc('==\r\n=4\r\n=\r\n')))).toBe('==4\n'); // `=` before a soft break is literal
  });

  it('writeBase64 writes RFC 4648 base64 (padded) of every length', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 13) & 255);
      const out = new Uint8Array(base64Length(n));
      expect(writeBase64(bytes, out, 0)).toBe(out.length);
      expect(str(out)).toBe(btoa(str(bytes)));
    }
  });
});
