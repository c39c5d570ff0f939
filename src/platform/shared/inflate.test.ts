import { deflateSync } from 'node:zlib';
import { inflate } from './inflate.js';

describe('inflate (DecompressionStream, zlib)', () => {
  it('inflates zlib data, caps the output, keeps what precedes junk, and gives null for garbage', async () => {
    const text = 'hello '.repeat(1000);
    const z = new Uint8Array(deflateSync(Buffer.from(text)));
    expect(new TextDecoder().decode((await inflate(z, 1 << 20))!)).toBe(text);
    expect((await inflate(z, 100))!.length).toBe(100);
    const withJunk = new Uint8Array([...z, 1, 2, 3, 4]);
    expect((await inflate(withJunk, 1 << 20))?.length).toBe(text.length);
    expect(await inflate(new Uint8Array([1, 2, 3, 4, 5]), 1000)).toBeNull();
    expect(await inflate(z, 0)).toBeNull();
  });
});
