import { concatBytes } from './concat.js';

describe('concatBytes', () => {
  it('joins chunks in order', () => {
    expect([...concatBytes([Uint8Array.of(1, 2), new Uint8Array(0), Uint8Array.of(3)])]).toEqual([1, 2, 3]);
    expect(concatBytes([]).length).toBe(0);
  });
});
