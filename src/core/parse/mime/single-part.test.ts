import PostalMime from 'postal-mime';
import { singlePartText } from './single-part.js';

const enc = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

async function postal(message: string): Promise<{ text: string; html: string }> {
  const email = await PostalMime.parse(enc(message));
  return { text: email.text ?? '', html: email.html ?? '' };
}

describe('singlePartText', () => {
  it('decodes pass-through, quoted-printable and base64 bodies with the charset, as postal-mime does', async () => {
    const cases = [
      'Subject: x\r\n\r\nplain\r\nlines \r\n',
      'Content-Type: text/plain; charset=iso-8859-1\r\n\r\n\xe9t\xe9\r\n',
      'Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<a href=3D"x">=E3=81=82</a>=\r\nend=',
      'Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nYWJj\r\nZA=\r\n=ZWY=\r\nQ\r\n',
      'Content-Type: text/plain; charset="iso-2022-jp"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n\x1b$B$"\x1b(B\r\n',
      'Content-Type: text/html\r\nContent-Disposition: inline\r\n\r\n<p>x</p>',
      'Content-Type: text/plain\r\n\r\n',
      'Subject: no body',
    ];
    for (const m of cases) expect(singlePartText(enc(m))).toEqual(await postal(m));
    expect(singlePartText(enc('Content-Type: text/html\r\n\r\n<b>b</b>\r\n'))).toEqual({ text: '', html: '<b>b</b>\n' });
  });

  it('leaves every other shape to postal-mime (null)', () => {
    const left = [
      'Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nx\r\n--b--\r\n',
      'Content-Type: text/calendar\r\n\r\nx\r\n',
      'Content-Type: text/plain\r\nContent-Disposition: attachment\r\n\r\nx\r\n',
      'Content-Type: text/plain; format=flowed\r\n\r\nx \r\ny\r\n',
      'Content-Type: text/plain; charset=x-unknown\r\n\r\nx\r\n',
      'Content-Type: text/plain (comment)\r\n\r\nx\r\n',
      'Content-Type: text/plain\r\nContent-Type: text/html\r\n\r\nx\r\n',
      'Content-Transfer-Encoding: x-uuencode\r\n\r\nx\r\n',
      "Content-Type: text/plain; charset*=utf-8''x\r\n\r\nx\r\n",
    ];
    for (const m of left) expect(singlePartText(enc(m))).toBeNull();
  });
});
