/**
 * `image-only-message`: the message is a picture and a link: no more than a line of readable text, one or more
 * images, and clicks that all lead to one or two sites. The words are drawn inside the image so that neither a
 * filter nor the reader's search can read them; organisations that write to their customers put the message in text.
 * A weak sign alone (low): the learned verdict weighs it with the rest.
 *
 * Delivery reports (multipart/report, RFC 6522) are not judged: a bounce from a webmail service is often an HTML
 * card of images with a line of text.
 */
import type { Finding } from '../../model/finding.js';
import type { LinkInfo } from '../../model/link.js';
import type { ParsedMessage } from '../../model/message.js';
import type { HtmlSource } from '../../text/html-source.js';
import { htmlToText } from '../../text/html-tokenizer.js';

/** At most this many characters of visible text (a headline at most). */
const MAX_TEXT = 80;
/** HTML read for images and text (limit on untrusted input). */
const MAX_HTML = 200_000;
const MAX_HOSTS = 2;
const IMG = /<img\b/gi;

/** Characters collapsed first when only a short text matters (see collapsedUpTo). */
const HEAD_CHARS = 1024;

/**
 * `s` with whitespace runs as single spaces and trimmed, or null when that is longer than `max`. A text whose first
 * HEAD_CHARS already collapse to more than `max` is answered without collapsing all of it (a prefix never collapses
 * to more than the whole does): most messages have a text part far above the image-only limit (measured).
 */
function collapsedUpTo(s: string, max: number): string | null {
  if (s.length > HEAD_CHARS && s.slice(0, HEAD_CHARS).replace(/\s+/g, ' ').trim().length > max) return null;
  const all = s.replace(/\s+/g, ' ').trim();
  return all.length > max ? null : all;
}

function visibleText(html: string, source?: HtmlSource): string | null {
  const t = source?.html === html ? source.text(MAX_HTML) : htmlToText(html.slice(0, MAX_HTML), MAX_HTML);
  return collapsedUpTo(t, MAX_TEXT);
}

export function imageOnlyFindings(msg: ParsedMessage, links: readonly LinkInfo[], source?: HtmlSource): Finding[] {
  if (!msg.html) return [];
  const type = msg.headers.find((h) => h.key === 'content-type')?.value ?? '';
  if (/^\s*multipart\/report/i.test(type)) return [];
  if (collapsedUpTo(msg.text, MAX_TEXT) === null) return [];
  const images = (msg.html.slice(0, MAX_HTML).match(IMG) ?? []).length;
  if (images === 0) return [];
  const text = visibleText(msg.html, source);
  if (text === null) return [];
  const hosts = new Set(links.filter((l) => l.source !== 'text' && l.host).map((l) => l.host!));
  if (hosts.size === 0 || hosts.size > MAX_HOSTS) return [];
  const host = [...hosts][0]!;
  return [
    {
      id: 'image-only-message',
      severity: 'low',
      messageKey: 'finding.image-only-message',
      params: { images, host, chars: text.length },
      evidence: [
        { kind: 'text', value: text || '(no text)', label: 'all visible text' },
        { kind: 'host', value: host, label: 'link' },
      ],
    },
  ];
}
