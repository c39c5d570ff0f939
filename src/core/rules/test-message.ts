/**
 * Test support only (imported by *.test.ts of links/, lures/, sender/, evidence/): builds ParsedMessage objects by hand,
 * or from .eml bytes through the real parser (src/core/parse/mime parseMessage).
 */
import type { Address, HeaderField, ParsedMessage } from '../model/message.js';
import type { LinkInfo } from '../model/link.js';
import type { Origin } from '../model/hop.js';
import { DEFAULT_LIMITS } from '../deps.js';
import { parseMessage } from '../parse/mime/parse-message.js';

export function addr(address: string, name = ''): Address {
  const at = address.lastIndexOf('@');
  return { name, address, local: at < 0 ? address : address.slice(0, at), domain: at < 0 ? '' : address.slice(at + 1).toLowerCase() };
}

export function hdr(name: string, value: string): HeaderField {
  return { name, key: name.toLowerCase(), value, raw: `${name}: ${value}\r\n` };
}

export function makeMessage(over: Partial<ParsedMessage> = {}): ParsedMessage {
  return {
    headers: [],
    from: null,
    fromAll: [],
    sender: null,
    replyTo: [],
    to: [],
    cc: [],
    deliveredTo: [],
    returnPath: null,
    subject: '',
    messageId: null,
    date: null,
    text: '',
    html: '',
    attachments: [],
    raw: new Uint8Array(),
    bodyOffset: 0,
    warnings: [],
    ...over,
  };
}

export function messageFromEml(raw: Uint8Array | string): Promise<ParsedMessage> {
  return parseMessage(typeof raw === 'string' ? new TextEncoder().encode(raw) : raw, DEFAULT_LIMITS);
}

/** A plain link as extraction would report it (no text, no flags, no network facts); `over` sets the rest. */
export function makeLink(url: string, over: Partial<LinkInfo> = {}): LinkInfo {
  const host = new URL(url).hostname;
  return {
    href: url,
    target: url,
    unwrapped: [],
    host,
    hostAscii: host,
    registrableDomain: null,
    text: null,
    shownHost: null,
    source: 'html',
    flags: [],
    ips: [],
    asn: null,
    asName: null,
    ...over,
  };
}

/** The first external hop as the Received chain would give it (no DNS facts); `over` sets the rest. */
export function makeOrigin(over: Partial<Origin> = {}): Origin {
  return {
    ip: '52.140.204.1',
    helo: null,
    rdns: null,
    hopIndex: 1,
    receivedBy: 'mx1.example.jp',
    ptr: null,
    fcrdns: null,
    asn: null,
    asName: null,
    prefix: null,
    country: null,
    registry: null,
    claimedOriginatingIps: [],
    ...over,
  };
}
