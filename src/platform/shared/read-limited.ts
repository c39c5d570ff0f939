import { concatBytes } from '../../core/text/bytes/concat.js';

/**
 * Reads a response body stream to the end, or gives up (cancelling the stream) as soon as it passes `maxBytes`:
 * null then, so an oversized or endless body never sits in memory. Used for DoH answers and raw webmail sources.
 */
export async function readStreamLimited(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return concatBytes(chunks);
}
