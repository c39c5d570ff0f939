/**
 * Raw message bytes -> ParsedMessage. Header section parsed here (exact bytes kept for DKIM/ARC, our own address
 * parsing); bodies and attachments decoded as postal-mime decodes them (multipart-bodies.ts), or by postal-mime
 * itself for the few structures that module leaves to it, with explicit limits. Nothing throws: a MIME failure falls
 * back to a headers-only result with a warning.
 */
import PostalMime from 'postal-mime';
import type { Limits } from '../../deps.js';
import type { Address, Attachment, HeaderField, ParsedMessage } from '../../model/message.js';
import { splitHeaderSection } from '../headers/header-section.js';
import { parseAddressList } from '../headers/address-list.js';
import { decodeEncodedWords } from '../headers/encoded-words.js';
import { parseRfc5322Date } from '../headers/date.js';
import { getHeaders, getHeaderValue } from '../headers/get-header.js';
import { normalizeCrlf } from './crlf.js';
import { MAX_ATTACHMENTS, toAttachment } from './attachments.js';
import { postalInput } from './postal-input.js';
import { multipartBodies } from './multipart-bodies.js';
import { angleContent } from '../../text/trim.js';

type MimeLimits = Pick<Limits, 'maxHeaderBytes' | 'maxHeaders' | 'maxMimeDepth' | 'maxBodyChars'> &
  Partial<Pick<Limits, 'maxPdfBytes' | 'maxAttachedMessageBytes'>>;

function safeInt(n: number, fallback: number): number {
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

function addresses(headers: HeaderField[], name: string): Address[] {
  return getHeaders(headers, name).flatMap((h) => parseAddressList(h.value));
}

const angleless = angleContent;

function truncate(s: string, max: number, what: string, warnings: string[]): string {
  if (s.length <= max) return s;
  warnings.push(`body-limit: ${what} body is ${s.length} characters, truncated to ${max}`);
  return s.slice(0, max);
}

interface Bodies {
  text: string;
  html: string;
  attachments: Attachment[];
}

async function parseBodies(raw: Uint8Array, limits: MimeLimits, warnings: string[]): Promise<Bodies> {
  const maxChars = safeInt(limits.maxBodyChars, 512 * 1024);
  try {
    const maxHeadersSize = Math.min(Math.max(safeInt(limits.maxHeaderBytes, 0) * 8, 1024 * 1024), 16 * 1024 * 1024);
    const keep = { pdf: safeInt(limits.maxPdfBytes ?? 0, 0), message: safeInt(limits.maxAttachedMessageBytes ?? 0, 0) };
    // Every part structure multipart-bodies.ts models (all but 23 of the 4,600 corpus messages) is decoded without
    // postal-mime, to the same text, HTML and attachments.
    const decoded = await multipartBodies(raw, safeInt(limits.maxMimeDepth, 20), maxHeadersSize);
    if (decoded !== null) {
      const list = decoded.attachments;
      if (list.length > MAX_ATTACHMENTS) warnings.push(`attachment-limit: ${list.length} attachments, first ${MAX_ATTACHMENTS} kept`);
      return {
        text: truncate(decoded.text, maxChars, 'text', warnings),
        html: truncate(decoded.html, maxChars, 'html', warnings),
        attachments: list.slice(0, MAX_ATTACHMENTS).map((a) => toAttachment(a, keep)),
      };
    }
    const input = postalInput(raw, maxHeadersSize);
    const email = await PostalMime.parse(input.bytes, {
      attachmentEncoding: 'arraybuffer',
      maxNestingDepth: safeInt(limits.maxMimeDepth, 20),
      maxHeadersSize: maxHeadersSize + input.addedHeaderBytes,
      maxRfc822NestingDepth: Math.min(safeInt(limits.maxMimeDepth, 20), 5),
    });
    const list = email.attachments;
    if (list.length > MAX_ATTACHMENTS) warnings.push(`attachment-limit: ${list.length} attachments, first ${MAX_ATTACHMENTS} kept`);
    const attachments = list.slice(0, MAX_ATTACHMENTS).map((a) => {
      if (a.rfc822DepthExceeded) warnings.push('mime: nested message/rfc822 deeper than the limit was not parsed');
      return toAttachment(
        { filename: a.filename, mimeType: a.mimeType, content: a.content, inline: a.related === true || a.disposition === 'inline' },
        keep,
      );
    });
    return {
      text: truncate(email.text ?? '', maxChars, 'text', warnings),
      html: truncate(email.html ?? '', maxChars, 'html', warnings),
      attachments,
    };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    warnings.push(`mime: body could not be parsed (${why.slice(0, 200)}); headers only`);
    return { text: '', html: '', attachments: [] };
  }
}

export async function parseMessage(input: Uint8Array, limits: MimeLimits): Promise<ParsedMessage> {
  const warnings: string[] = [];
  const raw = input instanceof Uint8Array ? normalizeCrlf(input) : new Uint8Array(0);
  const section = splitHeaderSection(raw, {
    maxHeaderBytes: safeInt(limits.maxHeaderBytes, 256 * 1024),
    maxHeaders: safeInt(limits.maxHeaders, 1000),
  });
  warnings.push(...section.warnings);
  const headers = section.headers;
  const fromAll = addresses(headers, 'from');
  if (getHeaders(headers, 'from').length > 1) warnings.push('headers: more than one From header');
  const bodies = await parseBodies(raw, limits, warnings);
  const returnPath = getHeaderValue(headers, 'return-path');
  const date = getHeaderValue(headers, 'date');
  const messageId = getHeaderValue(headers, 'message-id');
  return {
    headers,
    from: fromAll[0] ?? null,
    fromAll,
    sender: addresses(headers, 'sender')[0] ?? null,
    replyTo: addresses(headers, 'reply-to'),
    to: addresses(headers, 'to'),
    cc: addresses(headers, 'cc'),
    deliveredTo: getHeaders(headers, 'delivered-to')
      .map((h) => angleless(h.value))
      .filter((v) => v !== ''),
    returnPath: returnPath === null ? null : angleless(returnPath),
    subject: decodeEncodedWords(getHeaderValue(headers, 'subject') ?? ''),
    messageId: messageId === null ? null : messageId.trim(),
    date: date === null ? null : parseRfc5322Date(date),
    text: bodies.text,
    html: bodies.html,
    attachments: bodies.attachments,
    raw,
    bodyOffset: section.bodyOffset,
    warnings,
  };
}
