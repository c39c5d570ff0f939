/**
 * DMARC policy record parser (RFC 9989 section 4.7 tags, 4.8 formal definition). Tag names are lower-cased,
 * literal values compared case-insensitively; unknown tags (including the historic pct=, RFC 9989 A.6) are
 * ignored; other tag values keep their case.
 */

export type DmarcPolicy = 'none' | 'quarantine' | 'reject';

export interface DmarcRecord {
  /** p= after RFC 9989 handling of a missing/invalid p (see parseDmarcRecord). */
  p: DmarcPolicy;
  sp: DmarcPolicy | null;
  np: DmarcPolicy | null;
  /** psd= y (public suffix domain), n (organizational domain), u (unspecified, default). */
  psd: 'y' | 'n' | 'u';
  /** t=y: testing mode. */
  testing: boolean;
  adkim: 'r' | 's';
  aspf: 'r' | 's';
  rua: string[];
  ruf: string[];
  fo: string | null;
  /** The record text as published (TXT strings joined). */
  raw: string;
}

export type DmarcParseResult = { ok: true; record: DmarcRecord } | { ok: false; error: string };

/** Longest record text parsed. */
export const MAX_DMARC_RECORD_LENGTH = 2048;
/** Tags looked at per record. */
export const MAX_TAGS = 64;

/** 4.8: a record starts with the version tag exactly "v=DMARC1" (WSP allowed around "="). */
export function isDmarcRecord(text: string): boolean {
  return /^v[ \t]*=[ \t]*DMARC1[ \t]*(;|$)/.test(text);
}

function policyOf(v: string | undefined): DmarcPolicy | null {
  const x = (v ?? '').toLowerCase();
  return x === 'none' || x === 'quarantine' || x === 'reject' ? x : null;
}

/** 4.7 rua/ruf: comma-separated DMARC URIs; only well-formed `scheme:rest` URIs are kept. */
function uris(v: string | undefined): string[] {
  if (!v) return [];
  return v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(s));
}

export function parseDmarcRecord(text: string): DmarcParseResult {
  if (text.length > MAX_DMARC_RECORD_LENGTH) return { ok: false, error: 'record too long' };
  if (!isDmarcRecord(text)) return { ok: false, error: 'not a v=DMARC1 record' };
  const tags = new Map<string, string>();
  for (const part of text.split(';').slice(0, MAX_TAGS)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim().toLowerCase();
    // First occurrence wins; later duplicates are ignored.
    if (name !== '' && !tags.has(name)) tags.set(name, part.slice(eq + 1).trim());
  }
  const rua = uris(tags.get('rua'));
  let p = policyOf(tags.get('p'));
  if (p === null) {
    // RFC 9989 4.7 (p): a record with a missing or invalid p but a valid rua is treated as p=none;
    // without a valid rua the record is not a usable policy record.
    if (rua.length === 0) return { ok: false, error: 'no valid p= tag and no valid rua= tag' };
    p = 'none';
  }
  const psd = (tags.get('psd') ?? 'u').toLowerCase();
  const align = (v: string | undefined): 'r' | 's' => ((v ?? '').toLowerCase() === 's' ? 's' : 'r');
  return {
    ok: true,
    record: {
      p,
      sp: policyOf(tags.get('sp')),
      np: policyOf(tags.get('np')),
      psd: psd === 'y' || psd === 'n' ? psd : 'u',
      testing: (tags.get('t') ?? 'n').toLowerCase() === 'y',
      adkim: align(tags.get('adkim')),
      aspf: align(tags.get('aspf')),
      rua,
      ruf: uris(tags.get('ruf')),
      fo: tags.get('fo') ?? null,
      raw: text,
    },
  };
}
