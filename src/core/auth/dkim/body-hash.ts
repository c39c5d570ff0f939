/** Body hashes per (canonicalization, hash, l=) for one message, computed once each (RFC 6376 3.7). */
import { canonicalizeBody } from './canon-body.js';
import type { Canon } from './canon-header.js';
import type { HashAlg } from './signature-fields.js';
import { cryptoBytes, type CryptoLike } from '../../deps.js';

export type BodyHashResult =
  | { ok: true; hash: Uint8Array; canonicalLength: number }
  /** l= larger than the canonical body: the body was truncated (RFC 6376 3.5 l=, 6.1.3). */
  | { ok: false; canonicalLength: number };

export class BodyHasher {
  private readonly bodies = new Map<Canon, Uint8Array>();
  private readonly hashes = new Map<string, Promise<BodyHashResult>>();

  constructor(
    private readonly raw: Uint8Array,
    private readonly bodyOffset: number,
    private readonly crypto: CryptoLike,
  ) {}

  body(canon: Canon): Uint8Array {
    let b = this.bodies.get(canon);
    if (!b) {
      b = canonicalizeBody(this.raw, this.bodyOffset, canon);
      this.bodies.set(canon, b);
    }
    return b;
  }

  hash(canon: Canon, hashAlg: HashAlg, length: number | null): Promise<BodyHashResult> {
    const k = `${canon}|${hashAlg}|${length ?? ''}`;
    let p = this.hashes.get(k);
    if (!p) {
      p = this.compute(canon, hashAlg, length);
      this.hashes.set(k, p);
    }
    return p;
  }

  private async compute(canon: Canon, hashAlg: HashAlg, length: number | null): Promise<BodyHashResult> {
    const body = this.body(canon);
    if (length !== null && length > body.length) return { ok: false, canonicalLength: body.length };
    const data = length === null ? body : body.subarray(0, length);
    const digest = await this.crypto.subtle.digest(hashAlg === 'sha1' ? 'SHA-1' : 'SHA-256', cryptoBytes(data));
    return { ok: true, hash: new Uint8Array(digest), canonicalLength: body.length };
  }
}
