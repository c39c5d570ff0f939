/**
 * Test support only (imported by *.test.ts of links/, lures/, findings/): builds ParsedMessage objects, by hand
 * or from .eml bytes through postal-mime, until src/core/mime's parseMessage is available to the tests.
 */
import PostalMime from 'postal-mime';
import type { Address, HeaderField, ParsedMessage } from '../model/message.js';

export function addr(address: string, name = ''): Address {
  const at = address.lastIndexOf('@');
  return { name, address, local: at < 0 ? address : address.slice(0, at), domain: at < 0 ? '' : address.slice(at + 1).toLowerCase() };
}

export function hdr(name: string, value: string): HeaderField {
  return { name, key: name.toLowerCase(), value, raw: `${name}: ${value}\r\n` };
}

export function makeMessage(over: Partial<ParsedMessage> = {}): ParsedMessage {
  return {
    headers: [], from: null, fromAll: [], sender: null, replyTo: [], to: [], cc: [], deliveredTo: [], returnPath: null,
    subject: '', messageId: null, date: null, text: '', html: '', attachments: [], raw: new Uint8Array(), bodyOffset: 0,
    warnings: [], ...over,
  };
}

interface PmAddress { name?: string; address?: string; group?: PmAddress[] }

function flat(list: PmAddress[] | undefined): Address[] {
  const out: Address[] = [];
  for (const a of list ?? []) {
    if (a.group) out.push(...flat(a.group));
    else if (a.address !== undefined) out.push(addr(a.address, a.name ?? ''));
  }
  return out;
}

export async function messageFromEml(raw: Uint8Array | string): Promise<ParsedMessage> {
  const e = await PostalMime.parse(raw);
  const fromAll = e.from ? flat([e.from as unknown as PmAddress]) : [];
  const headers = e.headers.map((h) => ({ name: h.originalKey ?? h.key, key: h.key, value: h.value, raw: '' }));
  const decoder = new TextDecoder();
  return makeMessage({
    headers,
    from: fromAll[0] ?? null,
    fromAll,
    sender: e.sender ? (flat([e.sender as unknown as PmAddress])[0] ?? null) : null,
    replyTo: flat(e.replyTo as unknown as PmAddress[] | undefined),
    to: flat(e.to as unknown as PmAddress[] | undefined),
    cc: flat(e.cc as unknown as PmAddress[] | undefined),
    deliveredTo: e.deliveredTo ? [e.deliveredTo] : [],
    returnPath: e.returnPath ?? null,
    subject: e.subject ?? '',
    messageId: e.messageId ?? null,
    date: e.date ?? null,
    text: e.text ?? '',
    html: e.html ?? '',
    attachments: e.attachments.map((a) => {
      const isHtml = /\.(s?html?|svg)$/i.test(a.filename ?? '') || /html|svg/i.test(a.mimeType);
      const content = a.content as ArrayBuffer | Uint8Array | string;
      const text = !isHtml ? null : typeof content === 'string' ? content : decoder.decode(content);
      return { filename: a.filename ?? null, mimeType: a.mimeType, size: typeof content === 'string' ? content.length : content.byteLength, text };
    }),
  });
}
