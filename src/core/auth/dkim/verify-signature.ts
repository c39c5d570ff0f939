/**
 * Verifies one DKIM-Signature or ARC-Message-Signature header of a message (RFC 6376 6.1; RFC 8617 5.2
 * step 5 validates the AMS "as a DKIM signature").
 */
import type { RawHeader } from './raw-headers.js';
import type { BodyHasher } from './body-hash.js';
import { parseSignatureFields, type SignatureFields } from './signature-fields.js';
import { selectSignedHeaders, unsignedDisplayedHeaders } from './header-hash.js';
import { checkSignature, type VerifyContext } from './key-verify.js';
import { binaryToBytes, bytesEqual } from './bytes.js';

export type SignatureStatus = 'pass' | 'fail' | 'permerror' | 'temperror';

export interface SignatureCheck {
  status: SignatureStatus;
  reason: string;
  domain: string;
  selector: string;
  algorithm: string;
  sig: SignatureFields | null;
  keyBits: number | null;
  testing: boolean;
  /** Displayed headers (from, subject...) with an unsigned copy above the signed one. */
  unsignedAbove: string[];
  /** Canonical body length, for l= reporting. */
  canonicalBodyLength: number | null;
}

export async function verifyHeaderSignature(
  kind: 'dkim' | 'ams',
  headers: readonly RawHeader[],
  index: number,
  hasher: BodyHasher,
  ctx: VerifyContext,
): Promise<SignatureCheck> {
  const raw = (headers[index] as RawHeader).raw;
  const parsed = parseSignatureFields(raw.slice(raw.indexOf(':') + 1), kind);
  const base = { keyBits: null, testing: false, unsignedAbove: [], canonicalBodyLength: null, sig: null };
  if (!parsed.ok) {
    return {
      ...base,
      status: 'permerror',
      reason: parsed.error,
      domain: parsed.domain,
      selector: parsed.selector,
      algorithm: parsed.algorithm,
    };
  }
  const sig = parsed.sig;
  const ids = { domain: sig.domain, selector: sig.selector, algorithm: sig.algorithm, sig };
  // RFC 6376 6.1.1: "Verifiers MUST NOT consider signatures with an expiration in the past as valid."
  const nowSec = Math.floor(ctx.now() / 1000);
  if (sig.expiration !== null && sig.expiration < nowSec) {
    return { ...base, ...ids, status: 'permerror', reason: `signature expired (x=${sig.expiration})` };
  }
  // RFC 6376 6.1.3: compute the body hash and compare with bh= before checking b=.
  const bh = await hasher.hash(sig.bodyCanon, sig.hashAlg, sig.length);
  const canonicalBodyLength = bh.canonicalLength;
  if (!bh.ok) {
    return {
      ...base,
      ...ids,
      canonicalBodyLength,
      status: 'fail',
      reason: `body shorter (${bh.canonicalLength} octets) than l=${sig.length}`,
    };
  }
  if (!bytesEqual(bh.hash, sig.bodyHash)) {
    return { ...base, ...ids, canonicalBodyLength, status: 'fail', reason: 'body hash did not verify (bh= mismatch)' };
  }
  const sel = selectSignedHeaders(headers, sig.signedHeaders, raw, sig.headerCanon, index);
  const check = await checkSignature(ctx, {
    domain: sig.domain,
    selector: sig.selector,
    signAlg: sig.signAlg,
    hashAlg: sig.hashAlg,
    signature: sig.signature,
    data: binaryToBytes(sel.data),
    identity: sig.identity,
  });
  return {
    ...ids,
    status: check.status,
    reason: check.reason,
    keyBits: check.keyBits,
    testing: check.testing,
    unsignedAbove: unsignedDisplayedHeaders(headers, sig.signedHeaders, sel),
    canonicalBodyLength,
  };
}
