/**
 * verifyArc: ARC chain validation (RFC 8617 5.2). Never throws.
 *  1-3. collect sets, check instance numbering (1..N, N <= 50, one of each field per instance);
 *  4.   the newest ARC-Seal must not say cv=fail; instance 1 must say cv=none, later ones cv=pass (5.1.2);
 *  5.   validate the newest ARC-Message-Signature like a DKIM signature;
 *  6.   validate every ARC-Seal, newest first.
 * Any failure -> fail; a temporary DNS failure -> temperror ("could not verify"), never pass.
 */
import type { ArcOutcome } from '../../model/auth.js';
import type { HeaderField } from '../../model/message.js';
import type { CryptoLike } from '../../deps.js';
import type { Resolver } from '../../dns/types.js';
import { messageView } from '../dkim/verify.js';
import { BodyHasher } from '../dkim/body-hash.js';
import { verifyHeaderSignature } from '../dkim/verify-signature.js';
import type { RawHeader } from '../dkim/raw-headers.js';
import { parseTagList, colonList } from '../dkim/tag-list.js';
import { collectArcSets, type ArcSet } from './arc-sets.js';
import { verifySeal } from './seal-verify.js';

export interface ArcInput {
  raw: Uint8Array;
  headers?: readonly HeaderField[];
  bodyOffset?: number;
}

export interface ArcContext {
  resolver: Resolver;
  crypto: CryptoLike;
  now: () => number;
}

/** Longest oldest-AAR text reported (it is untrusted message text). */
const MAX_AAR_CHARS = 2000;

function aarText(raw: string): string {
  return raw
    .slice(raw.indexOf(':') + 1)
    .replace(/\r?\n/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/^ | $/g, '')
    .slice(0, MAX_AAR_CHARS);
}

function describe(headers: readonly RawHeader[], sets: readonly ArcSet[]): Pick<ArcOutcome, 'instances' | 'sealers' | 'oldestAuthResults'> {
  const first = sets[0];
  return {
    instances: sets.length,
    sealers: sets.map((s) => (s.seal.get('d') ?? '').toLowerCase()),
    oldestAuthResults: first ? aarText((headers[first.aar] as RawHeader).raw) : null,
  };
}

/** RFC 8617 4.1.2: ARC-Seal header fields MUST NOT be included in the AMS h= list. */
function amsHeaderRule(headers: readonly RawHeader[], set: ArcSet): string | null {
  const raw = (headers[set.ams] as RawHeader).raw;
  const tags = parseTagList(raw.slice(raw.indexOf(':') + 1));
  if (tags.ok && colonList(tags.tags.get('h') ?? '').includes('arc-seal'))
    return `ARC-Message-Signature i=${set.instance} signs ARC-Seal in h=`;
  return null;
}

async function validate(input: ArcInput, ctx: ArcContext): Promise<ArcOutcome> {
  const view = messageView(input);
  const headers = view.headers;
  const collected = collectArcSets(headers);
  if (collected.status === 'none')
    return { result: 'none', instances: 0, sealers: [], oldestAuthResults: null, reason: 'no ARC header fields' };
  const sets = collected.sets;
  const info = describe(headers, sets);
  const fail = (reason: string): ArcOutcome => ({ result: 'fail', ...info, reason });
  if (collected.status === 'fail') return fail(collected.error);
  const newest = sets[sets.length - 1] as ArcSet;
  // RFC 8617 5.2 step 2: the newest seal says cv=fail -> the chain has already failed.
  if ((newest.seal.get('cv') ?? '').toLowerCase() === 'fail') return fail(`ARC-Seal i=${newest.instance} says cv=fail`);
  // RFC 8617 5.2 step 3 / 4.1.3: cv=none only on instance 1, cv=pass on every later one.
  for (const s of sets) {
    const cv = (s.seal.get('cv') ?? '').toLowerCase();
    const want = s.instance === 1 ? 'none' : 'pass';
    if (cv !== want) return fail(`ARC-Seal i=${s.instance} has cv=${cv || '(missing)'}, expected ${want}`);
  }
  // RFC 8617 5.2 step 5: validate the newest AMS as a DKIM signature.
  const hasher = new BodyHasher(input.raw, view.bodyOffset, ctx.crypto);
  const amsCheck = amsHeaderRule(headers, newest);
  if (amsCheck) return fail(amsCheck);
  const ams = await verifyHeaderSignature('ams', headers, newest.ams, hasher, ctx);
  if (ams.status === 'temperror')
    return { result: 'temperror', ...info, reason: `ARC-Message-Signature i=${newest.instance}: ${ams.reason}` };
  if (ams.algorithm === 'rsa-sha1') return fail(`ARC-Message-Signature i=${newest.instance} uses rsa-sha1 (RFC 8301)`);
  if (ams.status !== 'pass') return fail(`ARC-Message-Signature i=${newest.instance}: ${ams.reason}`);
  // RFC 8617 5.2 step 6: validate each ARC-Seal, newest first.
  for (let k = sets.length - 1; k >= 0; k--) {
    const set = sets[k] as ArcSet;
    if ((set.seal.get('a') ?? '').toLowerCase() === 'rsa-sha1') return fail(`ARC-Seal i=${set.instance} uses rsa-sha1 (RFC 8301)`);
    const seal = await verifySeal(headers, sets, k, ctx);
    if (seal.status === 'temperror') return { result: 'temperror', ...info, reason: `ARC-Seal i=${set.instance}: ${seal.reason}` };
    if (seal.status !== 'pass') return fail(`ARC-Seal i=${set.instance}: ${seal.reason}`);
  }
  return { result: 'pass', ...info, reason: `ARC chain of ${sets.length} set(s) validated` };
}

export async function verifyArc(input: ArcInput, ctx: ArcContext): Promise<ArcOutcome> {
  try {
    return await validate(input, ctx);
  } catch (e) {
    return {
      result: 'temperror',
      instances: 0,
      sealers: [],
      oldestAuthResults: null,
      reason: `could not verify: ${e instanceof Error ? e.message : String(e)}`.slice(0, 200),
    };
  }
}
