/**
 * DKIM tag=value lists (RFC 6376 section 3.2), shared by DKIM-Signature, key records and the ARC headers.
 */

export type TagListResult = { ok: true; tags: Map<string, string> } | { ok: false; error: string };

/** Limits on untrusted input: a tag list longer than this is rejected rather than parsed. */
export const MAX_TAG_LIST_CHARS = 64 * 1024;
const MAX_TAGS = 64;

const TAG_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
/** FWS: whitespace with optional line folding (CRLF followed by WSP). */
const FWS_EDGES = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/**
 * Parses `tag-list = tag-spec *( ";" tag-spec ) [ ";" ]`. Values keep interior FWS (callers that need it
 * removed, e.g. base64 tags, strip it); leading and trailing FWS is removed. Never throws.
 */
export function parseTagList(text: string): TagListResult {
  if (text.length > MAX_TAG_LIST_CHARS) return { ok: false, error: 'tag list too long' };
  const tags = new Map<string, string>();
  const parts = text.split(';');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (part.replace(FWS_EDGES, '') === '') {
      // RFC 6376 3.2: an empty tag-spec is only allowed after a single trailing ";" (or for an empty list).
      if (i === parts.length - 1) continue;
      return { ok: false, error: 'empty tag-spec (";;")' };
    }
    const eq = part.indexOf('=');
    if (eq < 0) return { ok: false, error: `tag without "=": ${part.trim().slice(0, 40)}` };
    const name = part.slice(0, eq).replace(FWS_EDGES, '');
    if (!TAG_NAME.test(name)) return { ok: false, error: `invalid tag name: ${name.slice(0, 40)}` };
    // RFC 6376 3.2: "Tags with duplicate names MUST NOT occur within a single tag-list; if a tag name does
    // occur more than once, the entire tag-list is invalid."
    if (tags.has(name)) return { ok: false, error: `duplicate tag ${name}=` };
    if (tags.size >= MAX_TAGS) return { ok: false, error: 'too many tags' };
    tags.set(name, part.slice(eq + 1).replace(FWS_EDGES, ''));
  }
  return { ok: true, tags };
}

/** Removes all whitespace (FWS inside base64 values such as b=, bh= and p=). */
export function stripWsp(value: string): string {
  return value.replace(/[ \t\r\n]+/g, '');
}

/** Splits a colon-separated list (h=, key h=, s=, t=) into trimmed, lower-cased items, dropping empty ones. */
export function colonList(value: string): string[] {
  return value
    .split(':')
    .map((s) => s.replace(FWS_EDGES, '').toLowerCase())
    .filter((s) => s !== '');
}
