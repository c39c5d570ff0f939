// What parse-message.ts takes from postal-mime (text, HTML, attachments) next to what multipart-bodies.ts gives, for
// the equivalence tests (multipart-equivalence, single-part-equivalence).
import PostalMime from 'postal-mime';
import { normalizeCrlf } from '../../src/core/parse/mime/crlf.js';
import { multipartBodies } from '../../src/core/parse/mime/multipart-bodies.js';

/** Text, HTML and attachments as parse-message.ts takes them from postal-mime, or its error. */
export async function postalView(bytes: Uint8Array, depth: number, maxHeadersSize: number): Promise<unknown> {
  try {
    const email = await PostalMime.parse(bytes, {
      attachmentEncoding: 'arraybuffer',
      maxNestingDepth: depth,
      maxHeadersSize,
      maxRfc822NestingDepth: 5,
    });
    return {
      text: email.text ?? '',
      html: email.html ?? '',
      attachments: email.attachments.map((a) => ({
        filename: a.filename,
        mimeType: a.mimeType,
        content: Buffer.from(new Uint8Array(a.content as ArrayBuffer)).toString('base64'),
        inline: a.related === true || a.disposition === 'inline',
        depthExceeded: a.rfc822DepthExceeded === true,
      })),
    };
  } catch (e) {
    return `error: ${String(e)}`;
  }
}

/** Whether multipart-bodies.ts took the message (it then gave exactly postal-mime's view). */
export async function expectSame(raw: Uint8Array, depth = 20, maxHeadersSize = 16 * 1024 * 1024): Promise<boolean> {
  const bytes = normalizeCrlf(raw);
  const mine = await multipartBodies(bytes, depth, maxHeadersSize);
  if (mine === null) return false;
  expect({
    text: mine.text,
    html: mine.html,
    attachments: mine.attachments.map((a) => ({
      filename: a.filename,
      mimeType: a.mimeType,
      content: Buffer.from(a.content).toString('base64'),
      inline: a.inline,
      depthExceeded: false,
    })),
  }).toEqual(await postalView(bytes, depth, maxHeadersSize));
  return true;
}
