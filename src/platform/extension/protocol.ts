/**
 * The one typed message contract between extension contexts (display/content scripts, popup, options ->
 * background). Requests are named by what they ask; every reply is `{ ok: true, value } | { ok: false, error }`
 * so nothing throws across the boundary. The background answers through one handler map (`dispatch`).
 * Payloads are JSON-safe (Chrome serializes messages as JSON): raw message bytes travel as a binary string.
 */
import type { Report } from '../../core/model/report.js';
import type { Lang } from '../../core/i18n/index.js';
import type { ExtensionSettings } from './settings.js';
import type { ManagedView } from './effective-settings.js';

/** What the background knows about the message shown in a tab. */
export type ReportState = { status: 'ready'; report: Report } | { status: 'none' } | { status: 'failed'; reason: string };

/** Requests that carry no data beyond their type. */
type NoData = object;

export interface ContractMap {
  /** Display/content script: the report for the message shown in the sender's tab (+ the report address, if set). */
  'report-for-sender-tab': { req: NoData; res: { state: ReportState; lang: Lang; reportAddress?: string } };
  /** Popup: the report for the message shown in a given tab (+ the report address, if set). */
  'report-for-tab': { req: { tabId: number }; res: { state: ReportState; lang: Lang; reportAddress?: string } };
  /** Popup: analyze pasted source or a dropped .eml (bytes as a binary string, one char per octet). */
  'analyze-raw': { req: { raw: string }; res: { state: ReportState; lang: Lang } };
  /** Banner button: open the full report for the message in the sender's tab. */
  'open-report': { req: NoData; res: boolean };
  /** Options page: current settings plus domains suggested from account identities. */
  'settings-get': { req: NoData; res: { settings: ExtensionSettings; suggestedOwnDomains: string[]; lang: Lang; managed?: ManagedView } };
  /** Options page: validate and store settings; returns what was stored. */
  'settings-save': { req: { settings: unknown }; res: ExtensionSettings };
  /**
   * "Report phishing" (banner: the sender's tab; popup: `tabId`): Thunderbird opens a compose window forwarding the
   * message as an attachment to the report address with the text report in the body (never sends it).
   */
  'report-phishing': { req: { tabId?: number }; res: { composeTabId: number | null; address: string } };
}

export type RequestType = keyof ContractMap;
export type Request<K extends RequestType = RequestType> = K extends RequestType ? { type: K } & ContractMap[K]['req'] : never;
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Who sent a message (the part of runtime.MessageSender we use). */
export interface SenderInfo {
  tabId: number | null;
}

export type Handler<K extends RequestType> = (req: Request<K>, sender: SenderInfo) => Promise<ContractMap[K]['res']>;
export type HandlerMap = { [K in RequestType]?: Handler<K> };

/** Largest raw message accepted from the popup (bytes as characters). */
export const MAX_RAW_CHARS = 25 * 1024 * 1024;

const KNOWN: ReadonlySet<string> = new Set<RequestType>([
  'report-for-sender-tab',
  'report-for-tab',
  'analyze-raw',
  'open-report',
  'settings-get',
  'settings-save',
  'report-phishing',
]);

/** Is this one of our requests (checked synchronously so listeners can ignore other messages)? */
export function isRequest(msg: unknown): msg is Request {
  return (
    typeof msg === 'object' &&
    msg !== null &&
    typeof (msg as { type?: unknown }).type === 'string' &&
    KNOWN.has((msg as { type: string }).type)
  );
}

/** Validates request shapes that carry data (the rest carry none). */
function validate(req: Request): string | null {
  switch (req.type) {
    case 'report-for-tab':
      return Number.isSafeInteger(req.tabId) ? null : 'tabId must be an integer';
    case 'report-phishing':
      return req.tabId === undefined || Number.isSafeInteger(req.tabId) ? null : 'tabId must be an integer';
    case 'analyze-raw':
      if (typeof req.raw !== 'string') return 'raw must be a string';
      return req.raw.length > MAX_RAW_CHARS ? `message larger than ${MAX_RAW_CHARS} bytes` : null;
    default:
      return null;
  }
}

/**
 * Answers one incoming message from the handler map. Returns undefined for messages that are not ours
 * (so other listeners may answer them); never rejects.
 */
export async function dispatch(handlers: HandlerMap, msg: unknown, sender: SenderInfo): Promise<Reply<unknown> | undefined> {
  if (!isRequest(msg)) return undefined;
  const handler = handlers[msg.type] as ((r: Request, s: SenderInfo) => Promise<unknown>) | undefined;
  if (!handler) return { ok: false, error: `no handler for ${msg.type}` };
  const invalid = validate(msg);
  if (invalid) return { ok: false, error: invalid };
  try {
    return { ok: true, value: await handler(msg, sender) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** The runtime.sendMessage surface (browser.runtime / messenger.runtime / chrome.runtime in MV3). */
export interface MessageSender {
  sendMessage(message: unknown): Promise<unknown>;
}

/** Sends a typed request and unwraps the reply; transport errors become `{ ok: false }`. */
export async function request<K extends RequestType>(runtime: MessageSender, req: Request<K>): Promise<Reply<ContractMap[K]['res']>> {
  try {
    const reply = (await runtime.sendMessage(req)) as Reply<ContractMap[K]['res']> | undefined;
    if (!reply || typeof reply !== 'object' || typeof reply.ok !== 'boolean') return { ok: false, error: 'no answer from the background' };
    return reply;
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** Bytes <-> binary string (one char per octet) for JSON-safe transport. */
export function bytesToBinary(bytes: Uint8Array): string {
  let s = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) s += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return s;
}

export function binaryToBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}
