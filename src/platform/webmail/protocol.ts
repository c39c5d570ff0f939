/**
 * Messages from the webmail content script to the background. Kept apart from the extension-wide contract
 * (../extension/protocol.ts) so the webmail platform can evolve on its own; same reply shape `{ ok, value | error }`,
 * same binary-string encoding of raw bytes. Every field is validated here: the content script runs next to
 * untrusted pages.
 */
import type { Lang } from '../../core/i18n/index.js';
import type { ReportState } from '../extension/protocol.js';
import { MAX_RAW_BYTES } from './raw-fetch.js';
import { SITES } from './sites.js';

/** Id of a site adapter that can read messages (sites.ts, access `runtime`). */
export type WebmailSite = string;
/** Id of a site adapter where checks are unavailable (access `unavailable`). */
export type UnavailableSite = string;

export interface WebmailAnalyzeRequest {
  type: 'webmail-analyze';
  site: WebmailSite;
  /** Message identity (see roundcube.ts / gmail.ts `key`). */
  key: string;
  /** Raw source as a binary string (one char per octet). */
  raw: string;
  /** False when the site only gave a text rendering of the source (Gmail "Show original"). */
  exact: boolean;
  /** Keys of every message this frame currently shows (the badge follows what is on screen). */
  visible: string[];
}

export interface WebmailUnavailableRequest {
  type: 'webmail-unavailable';
  site: UnavailableSite;
}

export interface WebmailFailedRequest {
  type: 'webmail-fetch-failed';
  site: WebmailSite;
  key: string;
  reason: string;
  visible: string[];
}

export interface WebmailOpenReportRequest {
  type: 'webmail-open-report';
  key: string;
}

export type WebmailRequest = WebmailAnalyzeRequest | WebmailUnavailableRequest | WebmailFailedRequest | WebmailOpenReportRequest;

export interface WebmailAnalyzeReply {
  state: ReportState;
  lang: Lang;
  /** Hex SHA-256 of exactly the bytes analyzed. */
  sha256: string;
}

export const MAX_KEY_CHARS = 2048;
export const MAX_VISIBLE = 50;
const MAX_REASON_CHARS = 500;

const isKey = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_KEY_CHARS;
const isSite = (v: unknown): v is WebmailSite => SITES.some((s) => s.id === v && s.access.kind === 'runtime');
const isUnavailableSite = (v: unknown): v is UnavailableSite => SITES.some((s) => s.id === v && s.access.kind === 'unavailable');
const isKeyList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= MAX_VISIBLE && v.every(isKey);

/** The request, validated, or an error string; `null` when the message is not a webmail request at all. */
export function parseWebmailRequest(msg: unknown): WebmailRequest | string | null {
  if (typeof msg !== 'object' || msg === null) return null;
  const m = msg as Record<string, unknown>;
  switch (m.type) {
    case 'webmail-analyze':
      if (!isSite(m.site) || !isKey(m.key) || !isKeyList(m.visible) || typeof m.exact !== 'boolean') return 'malformed webmail-analyze';
      if (typeof m.raw !== 'string' || m.raw.length === 0) return 'raw must be a non-empty string';
      if (m.raw.length > MAX_RAW_BYTES) return `message larger than ${MAX_RAW_BYTES} bytes`;
      return { type: 'webmail-analyze', site: m.site, key: m.key, raw: m.raw, exact: m.exact, visible: m.visible };
    case 'webmail-unavailable':
      return isUnavailableSite(m.site) ? { type: 'webmail-unavailable', site: m.site } : 'malformed webmail-unavailable';
    case 'webmail-fetch-failed':
      if (!isSite(m.site) || !isKey(m.key) || !isKeyList(m.visible) || typeof m.reason !== 'string')
        return 'malformed webmail-fetch-failed';
      return { type: 'webmail-fetch-failed', site: m.site, key: m.key, reason: m.reason.slice(0, MAX_REASON_CHARS), visible: m.visible };
    case 'webmail-open-report':
      return isKey(m.key) ? { type: 'webmail-open-report', key: m.key } : 'malformed webmail-open-report';
    default:
      return null;
  }
}
