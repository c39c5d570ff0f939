/**
 * verifyDkim: every DKIM-Signature of a message (RFC 6376 6), with RFC 8301 (rsa-sha1, key sizes) and
 * RFC 8463 (ed25519-sha256). Never throws: problems become permerror/temperror outcomes.
 *
 * Policy choices (documented for the UI and DMARC):
 *  - rsa-sha1 that verifies cryptographically -> result `policy` + weakness `rsa-sha1` (RFC 8301 3.1: verifiers
 *    MUST NOT consider such signatures valid). DMARC must therefore not count it as aligned DKIM.
 *  - RSA key < 1024 bits -> permerror (RFC 8301 3.2); 1024..2047 bits verifies with weakness `short-key`.
 *  - l= verifies with weakness `l=`; key t=y verifies with weakness `testing`; a displayed header (From,
 *    Subject, To, Cc, Date, Reply-To, Sender) with an unsigned copy above the signed one verifies with
 *    weakness `unsigned-header-above` (RFC 6376 8.15).
 *  - expired x= -> permerror; DNS temporary failure -> temperror ("could not verify").
 */
import type { DkimOutcome } from '../../model/auth.js';
import type { HeaderField } from '../../model/message.js';
import { DEFAULT_LIMITS } from '../../deps.js';
import type { CryptoLike } from '../../deps.js';
import type { Resolver } from '../../dns/types.js';
import { splitHeaders, fromHeaderFields, type RawHeader } from './raw-headers.js';
import { BodyHasher } from './body-hash.js';
import { verifyHeaderSignature, type SignatureCheck } from './verify-signature.js';

export interface DkimInput {
  raw: Uint8Array;
  /** Parsed header fields (with exact `raw`); when absent the header section of `raw` is split here. */
  headers?: readonly HeaderField[];
  bodyOffset?: number;
}

export interface DkimContext {
  resolver: Resolver;
  crypto: CryptoLike;
  /** Clock in ms (for x= expiry). */
  now: () => number;
  limits?: { maxSignatures?: number };
}

/** Preferred key size (RFC 8301 3.2: signers SHOULD use at least 2048 bits). */
export const RECOMMENDED_RSA_BITS = 2048;

export interface MessageView {
  headers: RawHeader[];
  bodyOffset: number;
}

export function messageView(input: DkimInput): MessageView {
  if (input.headers && input.bodyOffset !== undefined) return { headers: fromHeaderFields(input.headers), bodyOffset: input.bodyOffset };
  const split = splitHeaders(input.raw);
  return { headers: split.headers, bodyOffset: input.bodyOffset ?? split.bodyOffset };
}

function toOutcome(c: SignatureCheck): DkimOutcome {
  const weaknesses: string[] = [];
  const notes: string[] = [];
  let result: DkimOutcome['result'] = c.status;
  let reason = c.reason;
  if (c.algorithm === 'rsa-sha1') {
    weaknesses.push('rsa-sha1');
    if (c.status === 'pass') {
      result = 'policy';
      reason = 'rsa-sha1 signature verified but not accepted (RFC 8301 3.1)';
    }
  }
  if (c.sig?.length != null) {
    weaknesses.push('l=');
    const extra = c.canonicalBodyLength === null ? 0 : c.canonicalBodyLength - c.sig.length;
    if (extra > 0) notes.push(`${extra} body octets after l=${c.sig.length} are not signed`);
  }
  if (c.sig?.signAlg === 'rsa' && c.keyBits !== null && c.keyBits < RECOMMENDED_RSA_BITS) weaknesses.push('short-key');
  if (c.testing) weaknesses.push('testing');
  if (c.unsignedAbove.length > 0) {
    weaknesses.push('unsigned-header-above');
    notes.push(`unsigned ${c.unsignedAbove.join(', ')} header above the signed one`);
  }
  if (notes.length > 0) reason = `${reason}; ${notes.join('; ')}`;
  return {
    result,
    domain: c.domain,
    selector: c.selector,
    algorithm: c.algorithm,
    identity: c.sig?.identity ?? null,
    weaknesses,
    reason,
    keyBits: c.keyBits,
  };
}

export async function verifyDkim(input: DkimInput, ctx: DkimContext): Promise<DkimOutcome[]> {
  try {
    const view = messageView(input);
    const max = Math.max(0, Math.floor(ctx.limits?.maxSignatures ?? DEFAULT_LIMITS.maxDkimSignatures));
    const indexes: number[] = [];
    view.headers.forEach((h, i) => {
      if (h.key === 'dkim-signature') indexes.push(i);
    });
    const hasher = new BodyHasher(input.raw, view.bodyOffset, ctx.crypto);
    const checks = await Promise.all(indexes.slice(0, max).map((i) => verifyHeaderSignature('dkim', view.headers, i, hasher, ctx)));
    const out = checks.map(toOutcome);
    if (indexes.length > max) {
      out.push({
        result: 'neutral',
        domain: '',
        selector: '',
        algorithm: '',
        identity: null,
        weaknesses: [],
        keyBits: null,
        reason: `${indexes.length - max} more DKIM signatures not verified (limit ${max})`,
      });
    }
    return out;
  } catch (e) {
    return [
      {
        result: 'temperror',
        domain: '',
        selector: '',
        algorithm: '',
        identity: null,
        weaknesses: [],
        keyBits: null,
        reason: `could not verify: ${e instanceof Error ? e.message : String(e)}`.slice(0, 200),
      },
    ];
  }
}
