/**
 * Fetches the signer's key and checks a signature over already-canonicalized data with injected WebCrypto:
 * RSASSA-PKCS1-v1_5 (RFC 6376 3.3.1/3.3.2) and Ed25519 over the SHA-256 of the data (RFC 8463 3).
 */
import { cryptoBytes, type CryptoLike } from '../../deps.js';
import type { Resolver } from '../../dns/types.js';
import { lookupKey, type KeyRecord } from './key-record.js';
import { rsaKeyInfo } from './rsa-key-der.js';
import { bytesToBase64 } from './bytes.js';
import type { HashAlg, SignAlg } from './signature-fields.js';

export interface VerifyContext {
  resolver: Resolver;
  crypto: CryptoLike;
  now: () => number;
}

export interface KeyCheck {
  status: 'pass' | 'fail' | 'permerror' | 'temperror';
  reason: string;
  keyBits: number | null;
  testing: boolean;
}

/** RFC 8301 3.2: verifiers MUST NOT consider signatures using RSA keys of less than 1024 bits as valid. */
export const MIN_RSA_BITS = 1024;

/**
 * Imported keys per injected crypto object, keyed by algorithm and key bytes (CryptoKeys are immutable, so
 * sharing them is safe). Importing an RSA key costs several times the verification itself. Bounded: the
 * oldest entry is dropped past MAX_CACHED_KEYS.
 */
const MAX_CACHED_KEYS = 64;
const keyCache = new WeakMap<object, Map<string, Promise<unknown>>>();

function importCached(
  subtle: CryptoLike['subtle'],
  format: 'spki' | 'raw',
  der: Uint8Array,
  alg: { name: string; hash?: string },
): Promise<unknown> {
  let cache = keyCache.get(subtle);
  if (!cache) {
    cache = new Map();
    keyCache.set(subtle, cache);
  }
  const id = `${alg.name}/${alg.hash ?? ''}/${bytesToBase64(der)}`;
  let p = cache.get(id);
  if (!p) {
    p = subtle.importKey(format, cryptoBytes(der), alg, false, ['verify']);
    // A failed import is not cached (it is retried, and reported, next time).
    p.catch(() => cache.delete(id));
    if (cache.size >= MAX_CACHED_KEYS) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    cache.set(id, p);
  }
  return p;
}

const WEBCRYPTO_HASH: Record<HashAlg, string> = { sha256: 'SHA-256', sha1: 'SHA-1' };

export interface SignatureToCheck {
  domain: string;
  selector: string;
  signAlg: SignAlg;
  hashAlg: HashAlg;
  signature: Uint8Array;
  /** The canonicalized header data the signature covers. */
  data: Uint8Array;
  /** DKIM i= (for the t=s check), null for ARC. */
  identity: string | null;
}

/** Key checks of RFC 6376 6.1.2 that do not need crypto. Returns an error text or null. */
function keyMismatch(key: KeyRecord, s: SignatureToCheck): string | null {
  // RFC 6376 6.1.2 step 6 / 3.6.1 p=: an empty p= means the key was revoked.
  if (key.publicKey.length === 0) return 'key revoked (empty p=)';
  // 6.1.2 step 5: k= must match the signature algorithm.
  if (key.keyType !== s.signAlg) return `key type k=${key.keyType} does not match a=${s.signAlg}-${s.hashAlg}`;
  // 6.1.2 step 4: the hash algorithm must be in the key's h= list.
  if (key.hashes && !key.hashes.includes(s.hashAlg)) return `hash ${s.hashAlg} not allowed by key h=${key.hashes.join(':')}`;
  // 3.6.1 t=s: the i= domain must not be a subdomain of d=.
  if (key.strict && s.identity !== null) {
    const idDomain = s.identity.slice(s.identity.lastIndexOf('@') + 1).toLowerCase();
    if (idDomain !== s.domain.toLowerCase()) return 'key has t=s but i= is a subdomain of d=';
  }
  return null;
}

export async function checkSignature(ctx: VerifyContext, s: SignatureToCheck): Promise<KeyCheck> {
  const found = await lookupKey(ctx.resolver, s.selector, s.domain);
  if (found.status !== 'ok') return { status: found.status, reason: found.error, keyBits: null, testing: false };
  const key = found.key;
  const testing = key.testing;
  const bad = keyMismatch(key, s);
  if (bad) return { status: 'permerror', reason: bad, keyBits: null, testing };
  const subtle = ctx.crypto.subtle;
  try {
    if (s.signAlg === 'rsa') {
      const info = rsaKeyInfo(key.publicKey);
      if (!info) return { status: 'permerror', reason: 'p= is not an RSA public key', keyBits: null, testing };
      if (info.bits < MIN_RSA_BITS) {
        return {
          status: 'permerror',
          reason: `RSA key of ${info.bits} bits is below ${MIN_RSA_BITS} (RFC 8301)`,
          keyBits: info.bits,
          testing,
        };
      }
      const alg = { name: 'RSASSA-PKCS1-v1_5', hash: WEBCRYPTO_HASH[s.hashAlg] };
      const cryptoKey = await importCached(subtle, 'spki', info.spki, alg);
      const ok = await subtle.verify(alg, cryptoKey, cryptoBytes(s.signature), cryptoBytes(s.data));
      return {
        status: ok ? 'pass' : 'fail',
        reason: ok ? 'signature verified' : 'signature did not verify (b= mismatch)',
        keyBits: info.bits,
        testing,
      };
    }
    // RFC 8463 4: the ed25519 p= is the raw 32-octet public key.
    if (key.publicKey.length !== 32) return { status: 'permerror', reason: 'ed25519 p= is not 32 octets', keyBits: null, testing };
    const cryptoKey = await importCached(subtle, 'raw', key.publicKey, { name: 'Ed25519' });
    // RFC 8463 3: Ed25519 signs the SHA-256 hash of the canonicalized header data (PureEdDSA over the hash).
    const hashed = await subtle.digest('SHA-256', cryptoBytes(s.data));
    const ok = await subtle.verify({ name: 'Ed25519' }, cryptoKey, cryptoBytes(s.signature), hashed);
    return {
      status: ok ? 'pass' : 'fail',
      reason: ok ? 'signature verified' : 'signature did not verify (b= mismatch)',
      keyBits: null,
      testing,
    };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { status: 'permerror', reason: `key or signature unusable: ${msg.slice(0, 120)}`, keyBits: null, testing };
  }
}
