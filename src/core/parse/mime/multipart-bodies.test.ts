import PostalMime from 'postal-mime';
import { multipartBodies } from './multipart-bodies.js';

const enc = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const ALT = 'Content-Type: multipart/alternative; boundary="b"\r\n\r\n';
/** postal-mime's default maxHeadersSize. */
const MAX = 2 * 1024 * 1024;

async function postal(message: string) {
  const email = await PostalMime.parse(enc(message), { attachmentEncoding: 'arraybuffer' });
  return {
    text: email.text ?? '',
    html: email.html ?? '',
    attachments: email.attachments.map((a) => ({
      filename: a.filename,
      mimeType: a.mimeType,
      content: new Uint8Array(a.content as ArrayBuffer),
      inline: a.related === true || a.disposition === 'inline',
    })),
  };
}

describe('multipartBodies', () => {
  it('decodes single-part bodies (pass-through, quoted-printable, base64, charsets) as postal-mime does', async () => {
    const cases = [
      'Subject: x\r\n\r\nplain\r\nlines \r\n',
      'Content-Type: text/plain; charset=iso-8859-1\r\n\r\n\xe9t\xe9\r\n',
      'Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<a href=3D"x">=E3=81=82</a>=\r\nend=',
      'Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nYWJj\r\nZA=\r\n=ZWY=\r\nQ\r\n',
      'Content-Type: text/plain; charset="iso-2022-jp"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n\x1b$B$"\x1b(B\r\n',
      'Content-Type: text/html\r\nContent-Disposition: inline\r\n\r\n<p>x</p>',
      'Content-Type: text/plain; format=flowed; delsp=yes\r\n\r\n wrapped \r\nline\r\n-- \r\nsig\r\n',
      'Content-Type: text/plain\r\nContent-Disposition: attachment; filename="=?utf-8?B?w6kudHh0?="\r\n\r\nx\r\n',
      'Content-Type: text/calendar; method=REQUEST\r\n\r\nBEGIN:VCALENDAR\r\n\r\n\r\n',
      'Content-Type: text/plain\r\n\r\n',
      'Subject: no body',
    ];
    for (const m of cases) expect(await multipartBodies(enc(m), 20, MAX)).toEqual(await postal(m));
    expect(await multipartBodies(enc('Content-Type: text/html\r\n\r\n<b>b</b>\r\n'), 20, MAX)).toEqual({
      text: '',
      html: '<b>b</b>\n',
      attachments: [],
    });
  });

  it('files alternative parts together, and converts plain beside HTML and HTML beside plain, as postal-mime does', async () => {
    const cases = [
      `${ALT}pre\r\n--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b\r\nContent-Type: text/html\r\n\r\n<b>hi</b>\r\n--b--\r\nepi\r\n`,
      `${ALT}--b \r\n\r\none\r\n--b\r\n\r\ntwo\r\n--b--\r\n--b\r\n\r\nafter the end\r\n`,
      `${ALT}--b\r\nContent-Transfer-Encoding: base64\r\n\r\naGk=\r\n--bx\r\n--b--`,
      'Content-Type: multipart/mixed; boundary=o\r\n\r\n--o\r\n' +
        `${ALT}--b\r\n\r\nhi\r\n--b\r\nContent-Type: text/html\r\n\r\n<b>hi</b>\r\n--b--\r\n` +
        '--o\r\nContent-Disposition: inline\r\n\r\nfooter <&> ?\r\n--o--\r\n',
    ];
    const htmlAndFooter =
      'Content-Type: multipart/mixed; boundary=o\r\n\r\n--o\r\nContent-Type: text/html\r\n\r\n<p>x &amp; <a href="https://a.example/">y</a></p>\r\n' +
      '--o\r\n\r\nplain\r\n--o--\r\n';
    // A second BOM survives postal-mime's decoding of the part and must survive the conversion too.
    const bomHtml = htmlAndFooter.replace('<p>x', '\xef\xbb\xbf\xef\xbb\xbfa<p>x');
    for (const m of [...cases, htmlAndFooter, bomHtml]) expect(await multipartBodies(enc(m), 20, MAX)).toEqual(await postal(m));
    expect((await multipartBodies(enc(cases[3]!), 20, MAX))!.html).toBe('<b>hi</b>\n\n<div>footer &#x3C;&#x26;&#x3E; &#x3F;</div>');
    expect((await multipartBodies(enc(htmlAndFooter), 20, MAX))!.text).toContain('x & (https://a.example/) y');
  });

  it('gives attachments their name, type, decoded bytes and inline flag, as postal-mime does', async () => {
    const m =
      'Content-Type: multipart/related; boundary=r\r\n\r\n--r\r\nContent-Type: text/html\r\n\r\n<img src="cid:i">\r\n' +
      '--r\r\nContent-Type: image/png; name="a.png"\r\nContent-ID: <i>\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0K\r\n' +
      '--r\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment;\r\n filename="b (1).pdf"\r\n\r\n%PDF\r\n--r--\r\n';
    const got = (await multipartBodies(enc(m), 20, MAX))!;
    expect(got).toEqual(await postal(m));
    expect(got.attachments.map((a) => [a.filename, a.mimeType, a.content.length, a.inline])).toEqual([
      ['a.png', 'image/png', 6, true],
      ['b (1).pdf', 'application/pdf', 5, false],
    ]);
  });

  it('leaves to postal-mime (null) what it does not model, and what postal-mime refuses', async () => {
    const left = [
      'Content-Type: text/plain; charset=x-unknown\r\n\r\nx\r\n',
      'Content-Type: text/plain (comment)\r\n\r\nx\r\n',
      "Content-Type: text/plain; charset*=utf-8''x\r\n\r\nx\r\n",
      'Content-Type: multipart/mixed; boundary=o\r\n\r\n--o\r\nContent-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\nx\r\n--o--\r\n',
    ];
    for (const m of left) expect(await multipartBodies(enc(m), 20, MAX)).toBeNull();
    expect(await multipartBodies(enc(`${ALT}--b\r\n\r\nx\r\n--b--\r\n`), 0, MAX)).toBeNull(); // postal-mime throws at depth 1
    // Header lines of all parts count against maxHeadersSize (without their CRLF): 49 + 4 bytes here.
    const m = `${ALT}--b\r\nX: y\r\n\r\nx\r\n--b--\r\n`;
    expect(await multipartBodies(enc(m), 20, 52)).toBeNull();
    await expect(PostalMime.parse(enc(m), { maxHeadersSize: 52 })).rejects.toThrow(/header size/);
    expect(await multipartBodies(enc(m), 20, 53)).not.toBeNull();
  });
});
