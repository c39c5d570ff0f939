/** File helpers for the DKIM/ARC conformance suites. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CryptoLike } from '../../../src/core/deps.js';
import { SHARED } from '../../helpers/shared.js';

export const CONFORMANCE = `${SHARED}/conformance`;
export const SAMPLES = `${SHARED}/samples`;

/** Pinned clock for suites whose signatures have x= or to keep results stable (ms). */
export const fixedClock = (seconds: number) => (): number => seconds * 1000;

export function readBytes(...parts: string[]): Uint8Array {
  return new Uint8Array(readFileSync(join(...parts)));
}

export function readJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(join(...parts), 'utf8')) as T;
}

/** Converts bare LF line ends to CRLF (suites stored with LF). */
export function lfToCrlf(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === 0x0a && (i === 0 || bytes[i - 1] !== 0x0d)) out.push(0x0d);
    out.push(c);
  }
  return Uint8Array.from(out);
}

export function crlfText(text: string): Uint8Array {
  return lfToCrlf(new TextEncoder().encode(text));
}

export const webCrypto = globalThis.crypto as unknown as CryptoLike;
