/**
 * Scam-shape findings: what the message offers or asks beyond account threats (lures/): money bait, call-back
 * invoices, the recipient's address used as a name, unfilled bulk-mailer placeholders, a brand in the subject that
 * nothing in the message comes from. Each producer is independent; none throws.
 */
import type { Finding } from '../../model/finding.js';
import type { ParsedMessage } from '../../model/message.js';
import type { LinkInfo } from '../../model/link.js';
import { lureText } from '../lures/normalize.js';
import { htmlToText } from '../../text/html-tokenizer.js';
import type { HtmlSource } from '../../text/html-source.js';
import { normalizeVisible } from '../../text/normalize-text.js';
import { moneyBaitFindings } from './money-bait.js';
import { callbackFindings } from './callback.js';
import { recipientNameFindings } from './recipient-name.js';
import { placeholderFindings } from './placeholders.js';
import { subjectBrandFindings } from './brand-subject.js';
import { htmlAttachmentFindings } from './html-attachment.js';
import { hiddenTextFindings } from './hidden-text.js';

export interface ScamInput {
  msg: ParsedMessage;
  links: readonly LinkInfo[];
  mailingList: boolean;
  /** The account/payment lure of lures/ fired (credential-lure). */
  credentialLure: boolean;
  /** msg.html tokenized once for the whole analysis (optional). */
  htmlSource?: HtmlSource | undefined;
}

/** HTML characters turned into text for the placeholder and brand checks (limit on untrusted input). */
const PLACEHOLDER_HTML_CHARS = 200_000;
/** Opening characters of the text (case kept: short brand names like FTX or JCB count only as written). */
const OPENING_CHARS = 4000;

export function scamFindings(input: ScamInput): Finding[] {
  const { msg } = input;
  const source = input.htmlSource?.html === msg.html ? input.htmlSource : undefined;
  const body = lureText('', msg.text ?? '', msg.html ?? '', source);
  const all = lureText(msg.subject ?? '', msg.text ?? '', msg.html ?? '', source);
  const plain = msg.text || (source ? source.text(PLACEHOLDER_HTML_CHARS) : htmlToText(msg.html ?? '', PLACEHOLDER_HTML_CHARS));
  const money = moneyBaitFindings(all);
  const callback = callbackFindings(all);
  const lured = input.credentialLure || money.length > 0 || callback.length > 0;
  return [
    ...money,
    ...callback,
    ...recipientNameFindings(msg, body),
    ...placeholderFindings(msg.subject ?? '', plain),
    // The opening text is read only for a lured message: not normalised otherwise.
    ...subjectBrandFindings(msg, input.links, {
      mailingList: input.mailingList,
      lured,
      body: lured ? normalizeVisible(plain.slice(0, OPENING_CHARS)) : '',
    }),
    ...htmlAttachmentFindings(msg.attachments ?? []),
    ...hiddenTextFindings(msg.html ?? ''),
  ];
}

export { detectMoneyBait } from './money-bait.js';
