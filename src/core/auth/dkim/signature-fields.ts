/**
 * Reads a DKIM-Signature (RFC 6376 3.5) or ARC-Message-Signature (RFC 8617 4.1.2) header into checked fields.
 * Returns an error (RFC 6376 6.1.1: PERMFAIL) instead of throwing.
 */
import { parseTagList, stripWsp, colonList } from './tag-list.js';
import { base64ToBytes } from './bytes.js';
import type { Canon } from './canon-header.js';

export type SignAlg = 'rsa' | 'ed25519';
export type HashAlg = 'sha256' | 'sha1';

export interface SignatureFields {
  algorithm: string;
  signAlg: SignAlg;
  hashAlg: HashAlg;
  signature: Uint8Array;
  bodyHash: Uint8Array;
  headerCanon: Canon;
  bodyCanon: Canon;
  domain: string;
  selector: string;
  /** DKIM: AUID (i=, default "@d"). ARC: null (i= is the instance). */
  identity: string | null;
  instance: number | null;
  /** h=, lower-cased, in order. */
  signedHeaders: string[];
  /** l= (octets of canonical body hashed), or null. */
  length: number | null;
  timestamp: number | null;
  expiration: number | null;
}

export type ParsedSignature =
  { ok: true; sig: SignatureFields } | { ok: false; error: string; domain: string; selector: string; algorithm: string };

export const ALGORITHMS: Readonly<Record<string, { signAlg: SignAlg; hashAlg: HashAlg }>> = {
  'rsa-sha256': { signAlg: 'rsa', hashAlg: 'sha256' },
  'rsa-sha1': { signAlg: 'rsa', hashAlg: 'sha1' },
  'ed25519-sha256': { signAlg: 'ed25519', hashAlg: 'sha256' }, // RFC 8463 3
};

const DOMAIN = /^(?=.{1,253}$)([A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)(\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\.?$/;
const DIGITS = /^\d{1,15}$/;

/** RFC 8617 4.1: ARC instance numbers are 1..50. */
export const MAX_ARC_INSTANCE = 50;

export function parseInstance(v: string | undefined): number | null {
  if (v === undefined || !/^\d{1,2}$/.test(v)) return null;
  const n = Number(v);
  return n >= 1 && n <= MAX_ARC_INSTANCE ? n : null;
}

export function isDomainName(s: string): boolean {
  return DOMAIN.test(s);
}

function parseCanon(c: string | undefined): [Canon, Canon] | null {
  if (c === undefined) return ['simple', 'simple'];
  const [h, b = 'simple', ...rest] = c.toLowerCase().split('/');
  if (rest.length > 0) return null;
  if ((h !== 'simple' && h !== 'relaxed') || (b !== 'simple' && b !== 'relaxed')) return null;
  return [h, b];
}

/** `headerValue` is the text after the colon. `kind` selects DKIM-Signature or ARC-Message-Signature rules. */
export function parseSignatureFields(headerValue: string, kind: 'dkim' | 'ams'): ParsedSignature {
  const parsed = parseTagList(headerValue);
  if (!parsed.ok) return { ok: false, error: `malformed tag list: ${parsed.error}`, domain: '', selector: '', algorithm: '' };
  const t = parsed.tags;
  const domain = (t.get('d') ?? '').toLowerCase();
  const selector = (t.get('s') ?? '').toLowerCase();
  const algorithm = (t.get('a') ?? '').toLowerCase();
  const fail = (error: string): ParsedSignature => ({ ok: false, error, domain, selector, algorithm });

  let instance: number | null = null;
  if (kind === 'dkim') {
    // RFC 6376 3.5 / 6.1.1: v= is required and must be "1".
    const v = t.get('v');
    if (v === undefined) return fail('missing v= tag');
    if (v !== '1') return fail(`unsupported version v=${v.slice(0, 10)}`);
  } else {
    instance = parseInstance(t.get('i'));
    if (instance === null) return fail('missing or invalid i= instance');
  }
  // RFC 6376 6.1.1: a signature lacking a required tag MUST be ignored (PERMFAIL).
  for (const req of ['a', 'b', 'bh', 'd', 'h', 's']) {
    if (!t.has(req)) return fail(`missing required tag ${req}=`);
  }
  const alg = ALGORITHMS[algorithm];
  if (!alg) return fail(`unknown algorithm a=${algorithm.slice(0, 30)}`);
  const signature = base64ToBytes(stripWsp(t.get('b') ?? ''));
  const bodyHash = base64ToBytes(stripWsp(t.get('bh') ?? ''));
  if (!signature || signature.length === 0) return fail('malformed b= value');
  if (!bodyHash || bodyHash.length === 0) return fail('malformed bh= value');
  if (!isDomainName(domain)) return fail('invalid d= domain');
  if (!isDomainName(selector)) return fail('invalid s= selector');
  const canon = parseCanon(t.get('c'));
  if (!canon) return fail('invalid c= canonicalization');
  const signedHeaders = colonList(t.get('h') ?? '');
  // RFC 6376 5.4 / 6.1.1: the From header field MUST be signed.
  if (kind === 'dkim' && !signedHeaders.includes('from')) return fail('From is not in h=');
  const q = t.get('q');
  // RFC 6376 3.5 q=: dns/txt is the only defined method.
  if (q !== undefined && !colonList(q).some((m) => m === 'dns/txt' || m === 'dns')) return fail(`unsupported q=${q.slice(0, 20)}`);

  let identity: string | null = null;
  if (kind === 'dkim') {
    identity = t.get('i') ?? `@${domain}`;
    const at = identity.lastIndexOf('@');
    const idDomain = (at >= 0 ? identity.slice(at + 1) : '').toLowerCase().replace(/\.$/, '');
    const d = domain.replace(/\.$/, '');
    // RFC 6376 6.1.1: the i= domain must be the same as, or a subdomain of, d=.
    if (at < 0 || (idDomain !== d && !idDomain.endsWith(`.${d}`))) return fail('i= domain is not d= or a subdomain of it');
  }
  let length: number | null = null;
  const l = t.get('l');
  if (l !== undefined) {
    if (!DIGITS.test(l)) return fail('invalid l= value');
    length = Number(l);
  }
  const ts = t.get('t');
  const x = t.get('x');
  if (ts !== undefined && !DIGITS.test(ts)) return fail('invalid t= value');
  if (x !== undefined && !DIGITS.test(x)) return fail('invalid x= value');
  const timestamp = ts === undefined ? null : Number(ts);
  const expiration = x === undefined ? null : Number(x);
  // RFC 6376 3.5 x=: "the value of the x= tag MUST be greater than the value of the t= tag".
  if (timestamp !== null && expiration !== null && expiration < timestamp) return fail('x= is before t=');

  return {
    ok: true,
    sig: {
      algorithm,
      ...alg,
      signature,
      bodyHash,
      headerCanon: canon[0],
      bodyCanon: canon[1],
      domain,
      selector,
      identity,
      instance,
      signedHeaders,
      length,
      timestamp,
      expiration,
    },
  };
}
