/**
 * What attachments add to a message's evidence before the rules run: the web links of PDF attachments (parse/pdf,
 * compressed object streams through the injected inflate) and the analysis of attached messages (message/rfc822,
 * .eml), each run through the message-stage rules offline, recursively up to Limits.maxAttachedMessageDepth. Every
 * count and size is capped by Limits; what was skipped for a limit is said in a warning. Never throws.
 */
import type { Inflate, Limits, Settings } from '../deps.js';
import type { LinkInfo } from '../model/link.js';
import type { Attachment, ParsedMessage } from '../model/message.js';
import { attachmentKind } from '../parse/mime/attachments.js';
import { parseMessage } from '../parse/mime/parse-message.js';
import { pdfLinks } from '../parse/pdf/pdf-links.js';
import { extractLinks, type ExtraLink } from '../parse/links/extract-links.js';
import { buildHops } from '../parse/received/build-hops.js';
import { applyTrustBoundary } from '../parse/received/trust-boundary.js';
import { createHtmlSource } from '../text/html-source.js';
import { runRules } from '../rules/run-rules.js';
import type { AnalysisContext } from './context.js';
import type { AttachedMessage } from './attached-message.js';

export interface AttachmentEvidence {
  /** Links found inside attachments (PDF link annotations), for extractLinks. */
  links: ExtraLink[];
  /** Attached messages analysed (depth 1 and deeper, flattened in document order). */
  messages: AttachedMessage[];
  /** Links of the attached messages, flagged `attached-message`, to join the message's own link checks. */
  messageLinks: LinkInfo[];
  warnings: string[];
}

export interface AttachmentEnv {
  limits: Limits;
  settings: Settings;
  ownDomains: string[];
  inflate: Inflate | null;
}

const WEB_URL = /^(?:https?|ftp):\/\//i;

function kept(a: Attachment, kind: 'pdf' | 'message'): boolean {
  return attachmentKind(a.filename, a.mimeType) === kind;
}

function name(a: Attachment): string {
  return (a.filename ?? a.mimeType).slice(0, 120);
}

async function pdfEvidence(msg: ParsedMessage, env: AttachmentEnv, warnings: string[]): Promise<ExtraLink[]> {
  const { limits } = env;
  const pdfs = msg.attachments.filter((a) => kept(a, 'pdf'));
  if (pdfs.length > limits.maxPdfAttachments)
    warnings.push(`pdf-limit: ${pdfs.length} PDF attachments, first ${limits.maxPdfAttachments} read for links`);
  const out: ExtraLink[] = [];
  for (const a of pdfs.slice(0, limits.maxPdfAttachments)) {
    // The bytes may be kept for the QR decoder under its own cap: the link reader applies maxPdfBytes itself.
    if (!a.content || a.size > limits.maxPdfBytes) {
      if (a.size <= limits.maxPdfBytes) continue; // empty
      warnings.push(`pdf-limit: PDF "${name(a)}" (${a.size} bytes) is larger than ${limits.maxPdfBytes} bytes; its links were not read`);
      continue;
    }
    const r = await pdfLinks(a.content, env.inflate, {
      maxStreams: limits.maxPdfStreams,
      maxInflatedBytes: limits.maxPdfInflatedBytes,
      maxUris: limits.maxLinks,
    });
    if (r.notPdf) continue;
    if (r.encrypted) warnings.push(`pdf: "${name(a)}" is encrypted; its links could not be read`);
    if (r.unreadStreams)
      warnings.push(
        `pdf: "${name(a)}": ${r.unreadStreams} compressed object streams not read (${env.inflate ? 'limit' : 'no inflate available'})`,
      );
    for (const uri of r.uris) if (WEB_URL.test(uri)) out.push({ href: uri, text: null, source: 'attachment', extraFlags: ['pdf'] });
  }
  return out;
}

async function analyseAttached(
  a: Attachment,
  content: Uint8Array,
  env: AttachmentEnv,
  depth: number,
): Promise<{ messages: AttachedMessage[]; warnings: string[]; attachmentCount: number }> {
  const { limits, settings } = env;
  const msg = await parseMessage(content, limits);
  const built = buildHops(msg.headers, limits);
  const { hops, origin } = applyTrustBoundary(built.hops, {
    ownDomains: env.ownDomains,
    trustedHosts: settings.trustedHosts,
    headers: msg.headers,
  });
  const html = createHtmlSource(msg.html);
  const inner = await attachmentEvidence(msg, env, depth);
  const links = [...extractLinks(msg, limits, html, inner.links), ...inner.messageLinks].slice(0, limits.maxLinks);
  const ctx: AnalysisContext = {
    msg,
    hops,
    origin,
    links,
    ownDomains: env.ownDomains,
    settings,
    limits,
    html,
    attachedMessages: inner.messages,
  };
  const ran = runRules('message', ctx);
  const warnings = ran.checks
    .filter((c) => c.status === 'error')
    .map((c) => `attached message "${name(a)}": ${c.name}: ${c.reason ?? 'failed'}`);
  const self: AttachedMessage = {
    filename: a.filename,
    subject: msg.subject.slice(0, 200),
    from: msg.from?.address ?? '',
    depth,
    findings: ran.findings,
    links,
  };
  return { messages: [self, ...inner.messages], warnings: [...warnings, ...inner.warnings], attachmentCount: msg.attachments.length };
}

/**
 * postal-mime lists the attachments of attached messages after each of them (depth-first, flattened): the entries
 * after an analysed attached message, as many as its own parse found, are its own and are left to its analysis.
 * `depth`: how deep `msg` itself is (0 for the message read).
 */
export async function attachmentEvidence(msg: ParsedMessage, env: AttachmentEnv, depth = 0): Promise<AttachmentEvidence> {
  const warnings: string[] = [];
  const result: AttachmentEvidence = { links: [], messages: [], messageLinks: [], warnings };
  const { limits } = env;
  try {
    const inside = new Set<number>();
    let analysed = 0;
    let deeper = false;
    let over = 0;
    for (let i = 0; i < msg.attachments.length; i++) {
      const a = msg.attachments[i]!;
      if (inside.has(i) || !kept(a, 'message')) continue;
      if (depth >= limits.maxAttachedMessageDepth) {
        deeper = true;
        continue;
      }
      if (analysed >= limits.maxAttachedMessages) {
        over++;
        continue;
      }
      if (!a.content) {
        if (a.size <= limits.maxAttachedMessageBytes) continue; // empty
        warnings.push(
          `attached-message-limit: "${name(a)}" (${a.size} bytes) is larger than ${limits.maxAttachedMessageBytes} bytes; not analysed`,
        );
        continue;
      }
      analysed++;
      const r = await analyseAttached(a, a.content, env, depth + 1);
      for (let k = 1; k <= r.attachmentCount; k++) inside.add(i + k);
      result.messages.push(...r.messages);
      warnings.push(...r.warnings);
      for (const l of r.messages[0]?.links ?? []) {
        result.messageLinks.push({ ...l, flags: l.flags.includes('attached-message') ? l.flags : [...l.flags, 'attached-message'] });
      }
    }
    if (deeper)
      warnings.push(`attached-message-limit: messages attached deeper than ${limits.maxAttachedMessageDepth} levels were not analysed`);
    if (over) warnings.push(`attached-message-limit: ${analysed + over} attached messages, first ${limits.maxAttachedMessages} analysed`);
    result.links = await pdfEvidence({ ...msg, attachments: msg.attachments.filter((_, i) => !inside.has(i)) }, env, warnings);
  } catch (e) {
    // parseMessage, extractLinks and runRules do not throw; this keeps a future regression from losing the message.
    warnings.push(`attachments: could not be analysed (${e instanceof Error ? e.message.slice(0, 200) : String(e)})`);
  }
  return result;
}
