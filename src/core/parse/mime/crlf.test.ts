import fc from 'fast-check';
import { normalizeCrlf } from './crlf.js';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
/** Reference: every CRLF, bare CR and bare LF is one CRLF (RFC 5322 2.1 line ends). */
const reference = (s: string) => bytes(s.replace(/\r\n|\r|\n/g, '\r\n'));

describe('normalizeCrlf', () => {
  it('turns bare LF and bare CR into CRLF and keeps everything else, with or without any CR in the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', '\r\n', ' ', '\xe9'), maxLength: 60 }), (s) => {
        expect(normalizeCrlf(bytes(s))).toEqual(reference(s));
      }),
      { numRuns: 500 },
    );
    expect(normalizeCrlf(bytes('a\nb\n'))).toEqual(bytes('a\r\nb\r\n'));
    expect(normalizeCrlf(bytes('\n\n'))).toEqual(bytes('\r\n\r\n'));
  });

  it('returns the input itself when nothing needs a change', () => {
    for (const s of ['', 'no line end', 'a\r\nb\r\n']) {
      const raw = bytes(s);
      expect(normalizeCrlf(raw)).toBe(raw);
    }
  });
});
