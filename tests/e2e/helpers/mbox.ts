/** Writes messages as an mbox (mboxrd-style: body lines starting with "From " get a ">" prefix). */
export function toMbox(messages: readonly Uint8Array[]): Buffer {
  const parts: Buffer[] = [];
  for (const m of messages) {
    const text = Buffer.from(m).toString('latin1').replace(/\r\n/g, '\n');
    const escaped = text
      .split('\n')
      .map((line) => (/^>*From /.test(line) ? `>${line}` : line))
      .join('\n');
    parts.push(Buffer.from(`From - Tue Nov 14 00:12:35 2023\n${escaped}${escaped.endsWith('\n') ? '' : '\n'}\n`, 'latin1'));
  }
  return Buffer.concat(parts);
}
