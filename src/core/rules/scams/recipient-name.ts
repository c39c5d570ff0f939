/**
 * `recipient-address-as-name`: the subject, or the greeting, holds the recipient's own e-mail address where a name
 * would be ("jane@example.com: your parcel is waiting", "Dear jane@example.com,"). Mass phishing knows only the
 * address it sends to and pastes it in to look personal; a service you have an account with knows your name.
 * The address is compared with the message's own To/Delivered-To as written (never a literal).
 */
import type { Finding } from '../../model/finding.js';
import type { ParsedMessage } from '../../model/message.js';

const MAX_RECIPIENTS = 10;
/** How far into the body a greeting is looked for (characters of visible text). */
const GREETING_WINDOW = 300;
/** Greeting and "your name" words right before the address (en, de, pt, es, fr, it, nl). */
const GREETING =
  /(dear|hello|hi|hey|greetings|attention|hallo|liebe[rs]?|guten tag|name|olá|ola|oi|prezad[oa]|car[oa]|atenção|atencao|estimad[oa]|hola|atención|nombre|bonjour|cher|chère|gentile|beste|geachte|beste klant)\W{0,4}$/;

function recipients(msg: ParsedMessage): string[] {
  // The address as this message states it; the parts need not form a resolvable name for the comparison to hold.
  const all = [...msg.deliveredTo, ...msg.to.map((a) => a.address)]
    .map((a) => a.trim().toLowerCase())
    .filter((a) => a.length >= 3 && a.length <= 254 && /^[^@\s]+@[^@\s]+$/.test(a));
  return [...new Set(all)].slice(0, MAX_RECIPIENTS);
}

export function recipientNameFindings(msg: ParsedMessage, visibleText: string): Finding[] {
  const rcpts = recipients(msg);
  if (rcpts.length === 0) return [];
  const subject = (msg.subject ?? '').slice(0, 2000).toLowerCase();
  const head = visibleText.slice(0, GREETING_WINDOW * 2).toLowerCase();
  for (const r of rcpts) {
    if (subject.includes(r)) return [finding(r, 'subject', msg.subject.slice(0, 200))];
    let from = 0;
    for (let i = 0; i < 5; i++) {
      const at = head.indexOf(r, from);
      if (at < 0 || at > GREETING_WINDOW) break;
      if (GREETING.test(head.slice(Math.max(0, at - 30), at)))
        return [finding(r, 'greeting', head.slice(Math.max(0, at - 30), at + r.length + 1))];
      from = at + r.length;
    }
  }
  return [];
}

function finding(address: string, field: 'subject' | 'greeting', context: string): Finding {
  return {
    id: 'recipient-address-as-name',
    severity: 'low',
    messageKey: 'finding.recipient-address-as-name',
    params: { address, field },
    evidence: [{ kind: 'text', value: context, label: field === 'subject' ? 'Subject' : 'greeting' }],
  };
}
