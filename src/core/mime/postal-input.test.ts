import PostalMime from 'postal-mime';
import { postalInput } from './postal-input.js';

const enc = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const bodyOffset = (raw: Uint8Array) => {
  for (let i = 0; i + 3 < raw.length; i++) if (raw[i] === 13 && raw[i + 1] === 10 && raw[i + 2] === 13 && raw[i + 3] === 10) return i + 4;
  return raw.length;
};

async function same(message: string): Promise<boolean> {
  const raw = enc(message);
  const input = postalInput(raw, bodyOffset(raw));
  const a = await PostalMime.parse(raw);
  const b = await PostalMime.parse(input.bytes);
  expect([b.text, b.html]).toEqual([a.text, a.html]);
  return input.bytes !== raw;
}

describe('postalInput', () => {
  it('hands a plain single-part body over as quoted-printable that decodes to the same text', async () => {
    expect(await same('From: a@b.c\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\na=\r\n=3D b ==\r\n\xe9t\xe9\r\nlast =')).toBe(true);
    expect(await same('Content-Type: text/html\r\nContent-Transfer-Encoding: 7BIT\r\n\r\n<a href="x?a=1=">=</a>\r\n')).toBe(true);
    expect(await same('Content-Type: text/plain; format=flowed; delsp=yes\r\n\r\nsoft \r\nbreak=\r\n\r\n')).toBe(true);
    expect(await same('Subject: no content fields\r\n\r\nx=y\r\n')).toBe(true);
  });

  it('leaves multipart, encoded, commented or duplicated content fields alone', async () => {
    expect(await same('Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nx=\r\n--b--\r\n')).toBe(false);
    expect(await same('Content-Type: multi(c)part/mixed; boundary=b\r\n\r\n--b\r\n\r\nx=\r\n--b--\r\n')).toBe(false);
    expect(await same(' content-type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nx=\r\n--b--\r\n')).toBe(false);
    expect(await same('Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nYT0K\r\n')).toBe(false);
    expect(await same('Content-Transfer-Encoding: Quoted-Printable\r\n\r\na=3D=\r\nb\r\n')).toBe(false);
    expect(await same('Content-Type: text/plain\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\nx\r\n')).toBe(false);
    expect(await same('Content-Type: image/png\r\n\r\nx=\r\n')).toBe(false);
  });

  it('reports the header bytes it adds (counted against maxHeadersSize)', () => {
    const raw = enc('Subject: x\r\n\r\nbody\r\n');
    const input = postalInput(raw, bodyOffset(raw));
    expect(input.addedHeaderBytes).toBe('Content-Transfer-Encoding: quoted-printable'.length);
    expect(postalInput(enc('Subject: x\r\n'), 12)).toEqual({ bytes: enc('Subject: x\r\n'), addedHeaderBytes: 0 });
  });
});
