/**
 * The tokens of a sender the machine-made test reads, cut the same way when fitting the model (the generator) and when
 * judging a message: the From local part without its sub-address tag (`name+tag`: the tag is routinely made by
 * legitimate services), split at `.`, `_`, `-`, `=`, `#` (nothing is read from a local part with two or more
 * all-digit fields: a list manager's per-recipient address); the display name and the subject split at anything but ASCII
 * letters and digits (Japanese and other scripts are never judged). Envelope addresses (Return-Path, VERP bounces)
 * are deliberately not read: their tags are machine-made by design.
 */
import { MAX_SHORT_TEXT } from '../../text/short-text-forms.js';

/** At most this many tokens are read from one place. */
export const MAX_TOKENS = 40;

/** A local part with this many all-digit fields is a structured identifier (list or tracking software), not a name. */
const STRUCTURED_NUMERIC_FIELDS = 2;

export function localPartTokens(local: string): string[] {
  if (typeof local !== 'string') return [];
  const base = local.slice(0, 256).split('+')[0] ?? '';
  const fields = base.split(/[._=#-]+/).filter(Boolean);
  // `Online#3.20216.56-c0AXgilV9YMFp9RR.1`: per-recipient addresses of list managers (VERP-like, RFC 3834 style
  // tracking) put an encoded id between numeric fields; that id is machine-made by a legitimate sender.
  if (fields.filter((f) => /^[0-9]+$/.test(f)).length >= STRUCTURED_NUMERIC_FIELDS) return [];
  return fields.slice(0, MAX_TOKENS);
}

export function textTokens(text: string): string[] {
  if (typeof text !== 'string') return [];
  return text
    .slice(0, MAX_SHORT_TEXT)
    .normalize('NFKC')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .slice(0, MAX_TOKENS);
}
