import PostalMime from 'postal-mime';
import { postalInput } from './postal-input.js';

const enc = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const LIMIT = 1024 * 1024;

async function same(message: string): Promise<boolean> {
  const raw = enc(message);
  const input = postalInput(raw, LIMIT);
  const a = await PostalMime.parse(raw);
  const b = await PostalMime.parse(input.bytes);
  expect([b.text, b.html]).toEqual([a.text, a.html]);
  return input.bytes !== raw;
}

describe('postalInput', () => {
  it('hands a plain single-part body over as base64 that decodes to the same text', async () => {
    expect(await same('From: a@b.c\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\na=\r\n=3D b ==\r\n\xe9t\xe9\r\nlast =')).toBe(
      true,
    );
    expect(await same('Content-Type: text/html\r\nContent-Transfer-Encoding: 7BIT\r\n\r\n<a href="x?a=1=">=</a>\r\n')).toBe(true);
    expect(await same('Content-Type: text/plain; format=flowed; delsp=yes\r\n\r\nsoft \r\nbreak=\r\n\r\n')).toBe(true);
    expect(await same('Subject: no content fields\r\n\r\nx=y\r\n')).toBe(true);
    expect(await same('Content-Type: text/plain\r\n\r\n')).toBe(true); // empty body
    expect(await same('Content-Type: text/plain\r\n\r\n\r\n\r\nlines  \r\n\r\n')).toBe(true); // empty lines and trailing spaces kept
  });

  it('rewrites the text parts of a multipart message, following its boundaries as postal-mime does', async () => {
    const nested =
      'Content-Type: multipart/alternative; boundary="in"\r\n\r\n--in  \r\nContent-Type: text/plain\r\n\r\na=b\r\n--in\r\n' +
      'Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\nPGI+PTwvYj4=\r\n--in--\r\n';
    expect(
      await same(
        `Content-Type: multipart/mixed; boundary=out\r\n\r\npre=\r\n--out\r\n${nested}--out\r\n\r\n--in\r\nx=\r\n--out--\r\nepi=\r\n`,
      ),
    ).toBe(true);
    expect(await same('Content-Type: multipart/digest; boundary=d\r\n\r\n--d\r\n\r\nSubject: x\r\n\r\ny=z\r\n--d--\r\n')).toBe(false);
  });

  it('leaves encoded, commented, duplicated or unusual content fields alone', async () => {
    expect(await same('Content-Type: multipart/mixed; boundary*=b\r\n\r\n--b\r\n\r\nx=\r\n--b--\r\n')).toBe(false);
    expect(await same('Content-Type: multi(c)part/mixed; boundary=b\r\n\r\n--b\r\n\r\nx=\r\n--b--\r\n')).toBe(false);
    expect(await same(' content-type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nx=\r\n--b--\r\n')).toBe(true); // a leading SP is trimmed from the first field's name
    expect(await same('Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nYT0K\r\n')).toBe(false);
    expect(await same('Content-Transfer-Encoding: Quoted-Printable\r\n\r\na=3D=\r\nb\r\n')).toBe(false);
    expect(await same('Content-Type: text/plain\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\nx\r\n')).toBe(false);
    expect(await same('Content-Type: image/png\r\n\r\nx=\r\n')).toBe(false);
  });

  it('writes a text body as one base64 line of what the pass-through decoder makes of it (each line plus LF)', () => {
    const out = new TextDecoder().decode(postalInput(enc('Subject: x\r\n\r\na=b\r\nc\r\n'), LIMIT).bytes);
    expect(out).toBe(`Content-Transfer-Encoding: base64\r\n\r\n${btoa('a=b\nc\n')}\r\n`); // Subject dropped (not a content field)
  });

  it('joins the lines of a base64 body (the last line break kept), or leaves them when a joined line could be a boundary', async () => {
    const b64 = 'Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n';
    const message = `Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n${b64}YWJj\r\nZA=\r\n=ZWY=\r\n--b--\r\n`;
    const out = new TextDecoder().decode(postalInput(enc(message), LIMIT).bytes);
    expect(out).toContain(`${b64}YWJjZA==ZWY=\r\n--b--`);
    const [a, b] = [await PostalMime.parse(enc(message)), await PostalMime.parse(enc(out))];
    expect(new Uint8Array(b.attachments[0]!.content as ArrayBuffer)).toEqual(new Uint8Array(a.attachments[0]!.content as ArrayBuffer));
    const dashes = `Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n${b64}--\r\nb\r\n--b--\r\n`;
    expect(new TextDecoder().decode(postalInput(enc(dashes), LIMIT).bytes)).toContain(`${b64}--\r\nb\r\n--b--`);
  });

  it('keeps only the root content fields (what postal-mime reads for bodies and attachments)', async () => {
    const raw = enc(
      'Received: from a\r\n\tby b\r\nFrom: "A" <a@b.c>\r\nX-Spam: yes\r\nTo: t@b.c\r\nSubject: hi\r\nDate: Mon, 1 Jan 2001 00:00:00 +0000\r\n' +
        'Content-Type: text/plain\r\n\r\nbody\r\n',
    );
    const input = postalInput(raw, LIMIT);
    const text = new TextDecoder().decode(input.bytes);
    for (const name of ['Received', 'X-Spam', 'From', 'To:', 'Subject', 'Date']) expect(text).not.toContain(name);
    expect(text).toContain('Content-Type: text/plain\r\n');
    const [a, b] = [await PostalMime.parse(raw), await PostalMime.parse(input.bytes)];
    expect([b.text, b.html, b.attachments]).toEqual([a.text, a.html, a.attachments]);
  });

  it('reports the header bytes it adds (counted against maxHeadersSize)', () => {
    const raw = enc('Subject: x\r\n\r\nbody\r\n');
    const input = postalInput(raw, LIMIT);
    expect(input.addedHeaderBytes).toBe('Content-Transfer-Encoding: base64'.length);
    expect(postalInput(raw, raw.length)).toEqual({ bytes: raw, addedHeaderBytes: 0 }); // at the limit: untouched
    expect(postalInput(enc('Subject: x\r\n'), LIMIT)).toEqual({ bytes: enc('Subject: x\r\n'), addedHeaderBytes: 0 });
  });
});
