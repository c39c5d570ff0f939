/** Whether a URL carries the recipient's address (plainly, percent-encoded or base64-encoded), a phishing-kit habit. */
import type { ParsedMessage } from '../../model/message.js';

/** Recipients considered (limit on untrusted input). */
const MAX_RECIPIENTS = 20;

/** `local@domain.tld` with one `@`, no whitespace and a dot inside the domain (linear; the equivalent regex backtracks). */
function isPlainAddress(a: string): boolean {
  const at = a.indexOf('@');
  if (at <= 0 || at !== a.lastIndexOf('@') || /\s/.test(a)) return false;
  const dot = a.indexOf('.', at + 2);
  return dot > at + 1 && dot < a.length - 1;
}

export function recipientsOf(msg: ParsedMessage): string[] {
  const all = [...msg.deliveredTo, ...msg.to.map((a) => a.address)].map((a) => a.trim().toLowerCase()).filter(isPlainAddress);
  return [...new Set(all)].slice(0, MAX_RECIPIENTS);
}

function encode(s: string): string | null {
  try {
    return btoa(s).replace(/=+$/, '');
  } catch {
    return null;
  } // non-Latin-1 addresses cannot be btoa'd
}

/** Encodings of the recipients of recent messages (asked once per link otherwise); bounded, emptied when full. */
const encoded = new Map<string, string | null>();
function b64(s: string): string | null {
  let e = encoded.get(s);
  if (e === undefined) {
    if (encoded.size >= 64) encoded.clear();
    e = encode(s);
    encoded.set(s, e);
  }
  return e;
}

export function urlCarriesRecipient(url: string, recipients: string[]): boolean {
  if (recipients.length === 0) return false;
  const lower = url.toLowerCase();
  let decoded = lower;
  try {
    decoded = decodeURIComponent(lower);
  } catch {
    /* malformed escapes: use as written */
  }
  for (const r of recipients) {
    if (lower.includes(r) || decoded.includes(r)) return true;
    const enc = b64(r);
    if (enc && enc.length >= 8 && url.includes(enc)) return true;
  }
  return false;
}
