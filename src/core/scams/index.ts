/**
 * Scam-shape findings: what the message offers or asks beyond account threats (lures/): money bait, call-back
 * invoices, the recipient's address used as a name, unfilled bulk-mailer placeholders, a brand in the subject that
 * nothing in the message comes from. Each producer is independent; none throws.
 */
import type { Finding } from '../model/finding.js';
import type { ParsedMessage } from '../model/message.js';
import type { LinkInfo } from '../model/link.js';
import { lureText } from '../lures/normalize.js';
import { htmlToText } from '../links/html-tokenizer.js';
import { moneyBaitFindings } from './money-bait.js';
import { callbackFindings } from './callback.js';
import { recipientNameFindings } from './recipient-name.js';
import { placeholderFindings } from './placeholders.js';
import { subjectBrandFindings } from './brand-subject.js';
import { htmlAttachmentFindings } from './html-attachment.js';

export interface ScamInput {
  msg: ParsedMessage;
  links: readonly LinkInfo[];
  mailingList: boolean;
}

/** HTML characters turned into text for the placeholder check (limit on untrusted input). */
const PLACEHOLDER_HTML_CHARS = 200_000;

export function scamFindings(input: ScamInput): Finding[] {
  const { msg } = input;
  try {
    const body = lureText('', msg.text ?? '', msg.html ?? '');
    const all = lureText(msg.subject ?? '', msg.text ?? '', msg.html ?? '');
    return [
      ...moneyBaitFindings(all),
      ...callbackFindings(all),
      ...recipientNameFindings(msg, body),
      ...placeholderFindings(msg.subject ?? '', msg.text || htmlToText(msg.html ?? '', PLACEHOLDER_HTML_CHARS)),
      ...subjectBrandFindings(msg, input.links, input.mailingList),
      ...htmlAttachmentFindings(msg.attachments ?? []),
    ];
  } catch {
    return [];
  }
}

export { detectMoneyBait } from './money-bait.js';
