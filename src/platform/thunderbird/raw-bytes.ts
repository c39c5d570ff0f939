/** Exact raw bytes of a message: MV3 getRaw returns a File; older builds a binary string (one char per octet). */
import { binaryToBytes } from '../extension/protocol.js';
import type { MessengerApi } from './messenger-api.js';

export async function getRawBytes(api: MessengerApi, id: number): Promise<Uint8Array> {
  const raw = await api.messages.getRaw(id, { data_format: 'File' });
  if (typeof raw === 'string') return binaryToBytes(raw);
  return new Uint8Array(await raw.arrayBuffer());
}
