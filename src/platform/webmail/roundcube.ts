/**
 * Roundcube 1.x (any origin, any sub-path): find the message open in this frame (preview iframe
 * `#messagecontframe` with `_action=preview`, or full view `_action=show`), and fetch its exact IMAP bytes with
 * `_action=viewsource&_save=1&_token=<request token>` (without `_save` Roundcube converts line ends and trims).
 * The request token comes from the inline `rcmail.set_env({... "request_token":"..."})` script of this frame.
 */
import type { BannerPlacement, MiniDocument, MiniLocation } from './dom.js';
import { inlineScriptText } from './dom.js';
import { fetchRawMessage, type FetchLike, type RawFetchResult } from './raw-fetch.js';
import type { WebmailSiteAdapter } from './site-adapter.js';

export interface RoundcubeMessageRef {
  /** origin + pathname of the Roundcube instance (sub-path kept, query dropped). */
  base: string;
  uid: string;
  mbox: string;
  action: 'preview' | 'show';
  /** Stable identity of the message for caches: base, mailbox and UID. */
  key: string;
}

/** IMAP UIDs are 32-bit unsigned non-zero integers (RFC 3501 2.3.1.1). */
const UID_RE = /^[1-9][0-9]{0,9}$/;
/** Mailbox names are bounded; Roundcube passes them UTF-7-IMAP encoded or UTF-8. */
const MAX_MBOX_CHARS = 1000;
/** Roundcube's token is 32 alphanumerics (rcmail::get_request_token); accept a bounded [A-Za-z0-9_-] run. */
const TOKEN_RE = /"request_token"\s*:\s*"([A-Za-z0-9_-]{8,128})"/;

/** The message shown in this frame, from its URL, or null when this frame does not show one message. */
export function roundcubeMessageRef(loc: MiniLocation): RoundcubeMessageRef | null {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(loc.search);
  } catch {
    return null;
  }
  if (params.get('_task') !== 'mail') return null;
  const action = params.get('_action');
  if (action !== 'preview' && action !== 'show') return null;
  const uid = params.get('_uid') ?? '';
  if (!UID_RE.test(uid) || Number(uid) > 0xffffffff) return null;
  const mbox = params.get('_mbox') ?? 'INBOX';
  if (mbox.length === 0 || mbox.length > MAX_MBOX_CHARS) return null;
  const base = loc.origin + loc.pathname;
  return { base, uid, mbox, action, key: `roundcube|${base}|${mbox}|${uid}` };
}

/** True when the document is a Roundcube page (its inline bootstrap creates `rcmail`). */
export function isRoundcubePage(doc: MiniDocument): boolean {
  return /\brcmail\s*=\s*new\s+rcube_webmail\b|\brcmail\.set_env\(/.test(inlineScriptText(doc));
}

export function roundcubeRequestToken(doc: MiniDocument): string | null {
  return TOKEN_RE.exec(inlineScriptText(doc))?.[1] ?? null;
}

export function roundcubeViewSourceUrl(ref: RoundcubeMessageRef, token: string): string {
  const q = new URLSearchParams({ _task: 'mail', _action: 'viewsource', _uid: ref.uid, _mbox: ref.mbox, _save: '1', _token: token });
  return `${ref.base}?${q.toString()}`;
}

/** elastic `#message-header`, larry `#messageheader`, else before `#messagebody`. */
export function roundcubeBannerPlacement(doc: MiniDocument): BannerPlacement | null {
  for (const sel of ['#message-header', '#messageheader', '#messagebody']) {
    const el = doc.querySelector(sel);
    if (el) return { anchor: el, position: 'before' };
  }
  return null;
}

/** Fetches the raw source of the message open in this frame. */
export async function fetchRoundcubeRaw(fetchFn: FetchLike, ref: RoundcubeMessageRef, doc: MiniDocument): Promise<RawFetchResult> {
  const token = roundcubeRequestToken(doc);
  if (!token) return { ok: false, reason: 'Roundcube request token not found in the page' };
  return fetchRawMessage(fetchFn, roundcubeViewSourceUrl(ref, token));
}

/** Roundcube as a site adapter: self-hosted on any origin, one message per frame load. */
export const roundcubeSite: WebmailSiteAdapter = {
  id: 'roundcube',
  label: 'Roundcube',
  matchesUrl: () => false,
  matchesPage: (p) => roundcubeMessageRef(p.location) !== null && isRoundcubePage(p.document),
  access: { kind: 'runtime' },
  rescan: 'once',
  openMessages(p) {
    const ref = roundcubeMessageRef(p.location);
    if (!ref) return [];
    return [
      {
        key: ref.key,
        placement: () => roundcubeBannerPlacement(p.document),
        async fetchRaw() {
          const r = await fetchRoundcubeRaw(p.fetch, ref, p.document);
          return r.ok ? { ok: true, bytes: r.bytes, exact: true } : r;
        },
      },
    ];
  },
};
