/** ARC-Seal verification (RFC 8617 4.1.3, 5.1.1 signature input, 5.2 step 6). */
import type { RawHeader } from '../dkim/raw-headers.js';
import { canonHeaderRelaxed, stripSignatureValue, withoutFinalCrlf } from '../dkim/canon-header.js';
import { ALGORITHMS, isDomainName } from '../dkim/signature-fields.js';
import { stripWsp } from '../dkim/tag-list.js';
import { base64ToBytes, binaryToBytes } from '../dkim/bytes.js';
import { checkSignature, type KeyCheck, type VerifyContext } from '../dkim/key-verify.js';
import type { ArcSet } from './arc-sets.js';

/**
 * Verifies the ARC-Seal of `sets[upto]` over the ARC sets 1..upto+1, each as AAR, AMS, AS in that order,
 * relaxed header canonicalization, the seal being checked last with b= emptied and no final CRLF.
 */
export async function verifySeal(
  headers: readonly RawHeader[],
  sets: readonly ArcSet[],
  upto: number,
  ctx: VerifyContext,
): Promise<KeyCheck> {
  const set = sets[upto] as ArcSet;
  const t = set.seal;
  const perm = (reason: string): KeyCheck => ({ status: 'permerror', reason, keyBits: null, testing: false });
  for (const req of ['a', 'b', 'cv', 'd', 's']) if (!t.has(req)) return perm(`ARC-Seal i=${set.instance} lacks ${req}=`);
  // RFC 8617 4.1.3: the ARC-Seal has no h= tag (it covers the ARC sets implicitly).
  if (t.has('h')) return perm(`ARC-Seal i=${set.instance} has an h= tag`);
  const alg = ALGORITHMS[(t.get('a') ?? '').toLowerCase()];
  if (!alg) return perm(`ARC-Seal i=${set.instance} has unknown a=`);
  const domain = (t.get('d') ?? '').toLowerCase();
  const selector = (t.get('s') ?? '').toLowerCase();
  if (!isDomainName(domain) || !isDomainName(selector)) return perm(`ARC-Seal i=${set.instance} has an invalid d= or s=`);
  const signature = base64ToBytes(stripWsp(t.get('b') ?? ''));
  if (!signature || signature.length === 0) return perm(`ARC-Seal i=${set.instance} has a malformed b=`);
  const parts: string[] = [];
  for (let j = 0; j <= upto; j++) {
    const s = sets[j] as ArcSet;
    parts.push(canonHeaderRelaxed((headers[s.aar] as RawHeader).raw));
    parts.push(canonHeaderRelaxed((headers[s.ams] as RawHeader).raw));
    const asRaw = (headers[s.as] as RawHeader).raw;
    parts.push(j === upto ? withoutFinalCrlf(canonHeaderRelaxed(stripSignatureValue(asRaw))) : canonHeaderRelaxed(asRaw));
  }
  return checkSignature(ctx, {
    domain,
    selector,
    ...alg,
    signature,
    data: binaryToBytes(parts.join('')),
    identity: null,
  });
}
