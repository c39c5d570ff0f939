import { base64Length, passThroughBytes, writeBase64 } from './body-bytes.js';

const enc = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const str = (b: Uint8Array) => String.fromCharCode(...b);

describe('body-bytes', () => {
  it('passThroughBytes: each line (trailing CR/LF bytes dropped) plus LF, as postal-mime reads lines', () => {
    expect(str(passThroughBytes(enc('a\r\nb\r\n')))).toBe('a\nb\n');
    expect(str(passThroughBytes(enc('a\r\r\nb')))).toBe('a\nb\n'); // a last line without LF is a line too
    expect(str(passThroughBytes(enc('a\rb\r\n\r\n')))).toBe('a\rb\n\n'); // a CR inside a line is content
    expect(str(passThroughBytes(enc('\r\n')))).toBe('\n');
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
