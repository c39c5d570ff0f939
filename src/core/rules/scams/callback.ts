/**
 * `callback-invoice`: a receipt for a renewal or purchase the reader never made (antivirus, "PayPal", "Geek Squad"),
 * with a phone number to call to cancel or dispute it. The charge is invented; the phone line is the attacker's, who
 * then talks the caller into remote access or a "refund" transfer (call-back phishing, also "TOAD": telephone-oriented
 * attack delivery). A real receipt sends you to your account on the vendor's site, not to a number in the mail.
 * Patterns match lure text (lures/normalize.ts); all linear with bounded gaps.
 */
import type { Finding } from '../../model/finding.js';
import { execGuarded, guard, textIndex } from '../../text/required-literals.js';

const AMOUNT = /(\$|usd|us\$|€|eur|£|gbp) ?\d{1,5}([.,]\d{2})?|\d{1,5}[.,]\d{2} ?(\$|usd|€|eur|£)/;
/**
 * Renewals and charges the reader is told about after the fact. Plain order confirmations are left out: a shop's
 * receipt may well print its customer-service number.
 */
const CHARGE = [
  /auto(matic(ally)?)?[- ]?renew/,
  /(renewal|renewed) (of|for|with|notice|confirmation|is complete|has been)/,
  /(has been|will be|was) (charged|debited|deducted|billed)/,
  /payment of .{0,20}(has been|will be|was) (processed|charged|debited)/,
  /(subscription|membership|plan) (has been |was |is )?(renewed|activated|processed)/,
  /automatic (charge|payment|debit|withdrawal) of/,
  /(charge|payment|debit) of .{0,20}will be (automatically )?(processed|deducted|debited|charged)/,
].map(guard);
/** A phone number (North American or international form) next to words that tell the reader to call it. */
const CALL_NUMBER = guard(
  /(call|contact|reach|dial|phone|help ?line|help ?desk|hotline|tel|toll[- ]free|support|billing|cancel|refund|dispute)[^0-9\n]{0,40}(\+?\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b/,
);

const MAX = 80;

export function callbackFindings(text: string): Finding[] {
  const amount = AMOUNT.exec(text);
  if (!amount) return [];
  // The charge and call patterns run only where their words are (the lure text's index, shared with the lure rules).
  const index = textIndex(text);
  let charge: string | null = null;
  for (const p of CHARGE) {
    const m = execGuarded(p, index);
    if (m) {
      charge = m[0];
      break;
    }
  }
  if (charge === null) return [];
  const call = execGuarded(CALL_NUMBER, index);
  if (!call) return [];
  return [
    {
      id: 'callback-invoice',
      severity: 'medium',
      messageKey: 'finding.callback-invoice',
      params: { phone: call[0].slice(0, MAX), amount: amount[0], charge: charge.slice(0, MAX) },
      evidence: [
        { kind: 'text', value: charge.slice(0, MAX), label: 'charge' },
        { kind: 'text', value: amount[0], label: 'amount' },
        { kind: 'text', value: call[0].slice(0, MAX), label: 'phone' },
      ],
    },
  ];
}
