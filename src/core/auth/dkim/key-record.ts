/**
 * DKIM public key records (RFC 6376 3.6.1, RFC 8463 4) and their lookup (3.6.2: TXT at
 * <selector>._domainkey.<domain>, character-strings concatenated).
 */
import type { Resolver } from '../../dns/types.js';
import { isTemporary } from '../../dns/types.js';
import { parseTagList, stripWsp, colonList } from './tag-list.js';
import { base64ToBytes } from './bytes.js';
import type { SignAlg } from './signature-fields.js';

export interface KeyRecord {
  keyType: SignAlg;
  /** Acceptable hash algorithms (h=), null = any. */
  hashes: string[] | null;
  /** Decoded p= (empty = revoked). */
  publicKey: Uint8Array;
  /** t=y: the domain is testing DKIM. */
  testing: boolean;
  /** t=s: i= domain must equal d= exactly. */
  strict: boolean;
}

export type KeyLookup = { status: 'ok'; key: KeyRecord } | { status: 'temperror'; error: string } | { status: 'permerror'; error: string };

/** Key records larger than this are not parsed (an RSA-8192 key is ~1.5 KB). */
const MAX_KEY_RECORD_CHARS = 8 * 1024;

export function parseKeyRecord(text: string): { ok: true; key: KeyRecord } | { ok: false; error: string } {
  if (text.length > MAX_KEY_RECORD_CHARS) return { ok: false, error: 'key record too long' };
  const parsed = parseTagList(text);
  if (!parsed.ok) return { ok: false, error: `malformed key record: ${parsed.error}` };
  const t = parsed.tags;
  const v = t.get('v');
  // RFC 6376 3.6.1 v=: "If specified, this tag MUST be set to DKIM1"; other values make the record invalid.
  if (v !== undefined && v !== 'DKIM1') return { ok: false, error: `key record has v=${v.slice(0, 10)}` };
  const k = (t.get('k') ?? 'rsa').toLowerCase();
  if (k !== 'rsa' && k !== 'ed25519') return { ok: false, error: `unknown key type k=${k.slice(0, 20)}` };
  const p = t.get('p');
  if (p === undefined) return { ok: false, error: 'key record has no p=' };
  const publicKey = base64ToBytes(stripWsp(p));
  if (!publicKey) return { ok: false, error: 'malformed p= value' };
  const h = t.get('h');
  const flags = colonList(t.get('t') ?? '');
  const services = t.has('s') ? colonList(t.get('s') ?? '') : ['*'];
  // RFC 6376 3.6.1 s=: the key must be usable for "email" (or "*").
  if (!services.includes('*') && !services.includes('email')) return { ok: false, error: 'key is not for email (s=)' };
  return {
    ok: true,
    key: {
      keyType: k,
      hashes: h === undefined ? null : colonList(h),
      publicKey,
      testing: flags.includes('y'),
      strict: flags.includes('s'),
    },
  };
}

export async function lookupKey(resolver: Resolver, selector: string, domain: string): Promise<KeyLookup> {
  const name = `${selector}._domainkey.${domain.replace(/\.$/, '')}`;
  let res;
  try {
    res = await resolver.query(name, 'TXT');
  } catch (e) {
    return { status: 'temperror', error: `DNS error for ${name}: ${e instanceof Error ? e.message : String(e)}` };
  }
  // RFC 6376 6.1.2: a temporary failure to get the key is TEMPFAIL; no key is PERMFAIL.
  if (isTemporary(res.status)) return { status: 'temperror', error: `DNS ${res.status} for ${name}` };
  const texts: string[] = [];
  for (const r of res.records) if (r.type === 'TXT') texts.push(r.strings.join(''));
  if (res.status !== 'ok' || texts.length === 0) return { status: 'permerror', error: `no key record at ${name} (${res.status})` };
  let firstError = '';
  for (const text of texts) {
    const parsed = parseKeyRecord(text);
    if (parsed.ok) return { status: 'ok', key: parsed.key };
    firstError ||= parsed.error;
  }
  return { status: 'permerror', error: firstError };
}
