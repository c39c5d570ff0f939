/**
 * zlib inflate (RFC 1950, PDF FlateDecode) over the platform's DecompressionStream (browsers, extension workers and
 * Node >= 18 have it globally), injected into the core as AnalyzeDeps.inflate. Output is capped at `maxBytes`: past
 * it the stream is cancelled and the bytes so far are returned. Data after the end of the compressed stream, or a
 * damaged tail, ends it the same way (what was inflated is kept); null when nothing could be inflated.
 */
import type { Inflate } from '../../core/deps.js';
import { concatBytes } from '../../core/text/bytes/concat.js';

export const inflate: Inflate = async (data, maxBytes) => {
  if (typeof DecompressionStream !== 'function' || maxBytes <= 0) return null;
  const chunks: Uint8Array[] = [];
  let total = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  try {
    const ds = new DecompressionStream('deflate');
    const writer = ds.writable.getWriter();
    writer.write(new Uint8Array(data)).catch(() => undefined);
    writer.close().catch(() => undefined);
    reader = ds.readable.getReader() as ReadableStreamDefaultReader<Uint8Array>;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = maxBytes - total;
      chunks.push(value.length > room ? value.subarray(0, room) : value);
      total += Math.min(value.length, room);
      if (total >= maxBytes) {
        await reader.cancel().catch(() => undefined);
        break;
      }
    }
  } catch {
    // Junk after the end or a damaged tail: keep what was inflated.
  }
  return total > 0 ? concatBytes(chunks) : null;
};
