/**
 * The text decoder postal-mime 4.0.0 uses for a part's charset parameter (decode-strings.js getDecoder), for the
 * labels where that is simply `new TextDecoder(label)`; multipart-bodies.ts leaves any other label to postal-mime.
 */

/**
 * Charset labels (as postal-mime's getDecoder sees them: trimmed, lower case) that are WHATWG Encoding Standard
 * labels, which postal-mime hands to `new TextDecoder(label)` as they are. An absent charset is utf8.
 */
const CHARSETS = new Set([
  'utf8',
  'utf-8',
  'us-ascii',
  'ascii',
  'iso-8859-1',
  'latin1',
  'windows-1252',
  'iso-8859-2',
  'iso-8859-15',
  'windows-1250',
  'windows-1251',
  'iso-8859-3',
  'iso-8859-5',
  'iso-8859-6',
  'iso-8859-7',
  'iso-8859-9',
  'windows-1254',
  'windows-1256',
  'koi8-r',
  'shift_jis',
  'iso-2022-jp',
  'euc-jp',
  'gb2312',
  'gbk',
  'big5',
  'euc-kr',
  'ks_c_5601-1987',
]);
/** One decoder per label (module-level: reference objects, no message data). null: the runtime has no such decoder. */
const decoders = new Map<string, TextDecoder | null>();

function decoderFor(label: string): TextDecoder | null {
  let d = decoders.get(label);
  if (d === undefined) {
    try {
      d = new TextDecoder(label);
    } catch {
      d = null; // postal-mime would fall back to another label: left to it
    }
    decoders.set(label, d);
  }
  return d;
}

/**
 * The decoder postal-mime's getDecoder gives for a charset parameter (absent: utf8), or null when the label is
 * outside the short list above or the runtime lacks it (postal-mime would then try aliases: left to it).
 */
export function charsetDecoder(charset: string | undefined): TextDecoder | null {
  const label = (charset || 'utf8').trim().toLowerCase();
  return CHARSETS.has(label) ? decoderFor(label) : null;
}
