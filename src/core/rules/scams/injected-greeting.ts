/**
 * `injected-greeting`: where a real service's automatic mail greets the reader by name ("Hi <name>," in a sign-up
 * confirmation, a password reset, a contact-form receipt), it greets a web address or a sum of money instead:
 * "Hi www.xyz.blogspot.cl - 180 861 USD BINANCE", "Hi ✅ +$4,811 ➡️ ok.me/…", or the subject says "Hello. You have a
 * new incoming transaction … transfer705.pages.dev/…". A stranger typed the lure into the name field of the service's
 * form with the victim's address, so the service itself delivers it with its good reputation. People's names hold
 * neither URLs nor amounts.
 *
 * Text: lure text (lures/normalize.ts). In the body the URL or amount must follow the greeting word directly (only
 * non-letters between); in the subject a greeting followed by a host with a path within 200 characters.
 */
import type { Finding } from '../../model/finding.js';

const BODY_GREETING =
  /\b(hi|hello|hey|dear|hallo|olá|ola|hola|bonjour|welcome)\b[^\p{L}\p{N}]{1,8}(https?:\/\/\S{3,}|www\.\S{3,}|[a-z0-9-]{2,63}\.[a-z]{2,10}\/\S*|\+?[$€£] ?\d[\d,.]*|\d[\d ,.]{2,12} ?(usd|eur|btc|usdt|eth)\b)/u;
const SUBJECT_GREETING = /\b(hi|hello|hey|dear|hallo|olá|hola|bonjour)\b/;
/** A host with a path (`transfer705.pages.dev/evas-...`), looked for in the 200 characters after the greeting. */
const HOST_PATH = /(?<![\w.-])[a-z0-9-][a-z0-9.-]{0,252}\.[a-z]{2,10}\/\S{3,}/;
const SUBJECT_WINDOW = 200;
const MAX_SHOWN = 100;

export function injectedGreetingFindings(subjectText: string, bodyText: string): Finding[] {
  const subject = subjectText.slice(0, 2000);
  const greeting = SUBJECT_GREETING.exec(subject);
  const start = greeting ? greeting.index + greeting[0].length : 0;
  const inSubject = greeting ? HOST_PATH.exec(subject.slice(start, start + SUBJECT_WINDOW)) : null;
  const inBody = inSubject ? null : BODY_GREETING.exec(bodyText);
  const m = inSubject ?? inBody;
  if (!m) return [];
  const shown = m[0].slice(0, MAX_SHOWN);
  return [
    {
      id: 'injected-greeting',
      severity: 'medium',
      messageKey: 'finding.injected-greeting',
      params: { text: `「${shown}」`, place: inSubject ? 'subject' : 'text' },
      evidence: [{ kind: 'text', value: shown, label: inSubject ? 'Subject' : 'greeting' }],
    },
  ];
}
