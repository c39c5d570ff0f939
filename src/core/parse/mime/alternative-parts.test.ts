import PostalMime from 'postal-mime';
import { alternativeText } from './alternative-parts.js';

const enc = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const ALT = 'Content-Type: multipart/alternative; boundary="b"\r\n\r\n';

async function postal(message: string): Promise<{ text: string; html: string }> {
  const email = await PostalMime.parse(enc(message));
  return { text: email.text ?? '', html: email.html ?? '' };
}

describe('alternativeText', () => {
  it('gives the text and HTML parts of a multipart/alternative as postal-mime does', async () => {
    const cases = [
      `${ALT}pre\r\n--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b\r\nContent-Type: text/html\r\n\r\n<b>hi</b>\r\n--b--\r\nepi\r\n`,
      `${ALT}--b \r\n\r\none\r\n--b\r\n\r\ntwo\r\n--b--\r\n--b\r\n\r\nafter the end\r\n`,
      `${ALT}--b\r\nContent-Type: text/html; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=E9t=E9\r\n--b\r\n`,
      `${ALT}--b\r\nContent-Transfer-Encoding: base64\r\n\r\naGk=\r\n--bx\r\n--b--`,
    ];
    for (const m of cases) expect(alternativeText(enc(m), 20)).toEqual(await postal(m));
    expect(alternativeText(enc(cases[0]!), 20)).toEqual({ text: 'hi\n', html: '<b>hi</b>\n' });
  });

  it('leaves every other shape to postal-mime (null)', () => {
    const left = [
      `Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n\r\nx\r\n--b--\r\n`,
      `${ALT}--b\r\nContent-Type: image/png\r\n\r\nx\r\n--b--\r\n`,
      `${ALT}--b\r\nContent-Type: multipart/related; boundary=c\r\n\r\n--c\r\n\r\nx\r\n--c--\r\n--b--\r\n`,
      `${ALT}no part at all\r\n`,
      `Content-Type: multipart/alternative; boundary="\xe9"\r\n\r\n--\xe9\r\n\r\nx\r\n`,
      `Content-Type: text/plain\r\n\r\nx\r\n`,
    ];
    for (const m of left) expect(alternativeText(enc(m), 20)).toBeNull();
    expect(alternativeText(enc(`${ALT}--b\r\n\r\nx\r\n--b--\r\n`), 0)).toBeNull(); // postal-mime throws at depth 1
  });
});
