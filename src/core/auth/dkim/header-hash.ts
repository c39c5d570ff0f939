/**
 * Builds the header data a DKIM/AMS signature covers (RFC 6376 5.4.2 and 3.7): for each name in h=, the
 * last not-yet-used instance, bottom-up; names with no instance left contribute nothing (oversigning);
 * then the signature header itself with b= emptied and no final CRLF.
 */
import type { RawHeader } from './raw-headers.js';
import { canonHeader, stripSignatureValue, withoutFinalCrlf, type Canon } from './canon-header.js';

export interface HeaderSelection {
  /** Canonicalized header data, binary string. */
  data: string;
  /** Indexes of headers that were signed. */
  signedIndexes: Set<number>;
}

export function selectSignedHeaders(
  headers: readonly RawHeader[],
  signedNames: readonly string[],
  sigHeaderRaw: string,
  canon: Canon,
  /** Index of the signature header itself, never selected as a signed header. */
  sigIndex: number,
): HeaderSelection {
  const byName = new Map<string, number[]>();
  headers.forEach((h, i) => {
    if (i === sigIndex) return;
    const list = byName.get(h.key);
    if (list) list.push(i);
    else byName.set(h.key, [i]);
  });
  const parts: string[] = [];
  const signedIndexes = new Set<number>();
  for (const name of signedNames) {
    const list = byName.get(name);
    const idx = list?.pop();
    if (idx === undefined) continue;
    signedIndexes.add(idx);
    parts.push(canonHeader((headers[idx] as RawHeader).raw, canon));
  }
  parts.push(withoutFinalCrlf(canonHeader(stripSignatureValue(sigHeaderRaw), canon)));
  return { data: parts.join(''), signedIndexes };
}

/**
 * Header names that change what a reader sees; an unsigned copy ABOVE the signed one is what a mail
 * client usually displays (RFC 6376 8.15), so it is reported as `unsigned-header-above`.
 */
export const DISPLAYED_HEADERS: readonly string[] = ['from', 'subject', 'to', 'cc', 'date', 'reply-to', 'sender'];

/** Names of displayed headers that have more instances in the message than the signature covers. */
export function unsignedDisplayedHeaders(headers: readonly RawHeader[], signedNames: readonly string[], sel: HeaderSelection): string[] {
  const out: string[] = [];
  for (const name of DISPLAYED_HEADERS) {
    if (!signedNames.includes(name)) continue;
    const anySigned = [...sel.signedIndexes].some((i) => headers[i]?.key === name);
    if (!anySigned) continue;
    if (headers.some((h, i) => h.key === name && !sel.signedIndexes.has(i))) out.push(name);
  }
  return out;
}
