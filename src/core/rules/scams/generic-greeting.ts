/**
 * `generic-greeting`: the message greets the reader as "Dear customer", "Dear user", "Dear valued member", "Prezado(a)
 * cliente", "Sehr geehrte Kundin"... instead of by name. A bank or shop that holds your account knows your name; bulk
 * phishing does not. Low: some legitimate bulk notices greet this way too, so it only adds to other evidence.
 * Japanese (お客様) is left out: it is the ordinary polite address in Japanese mail and Japanese legitimate mail is too
 * scarce in the corpus to measure. Patterns match lure text (lures/normalize.ts); all linear.
 * Measured per source and language on ../shared/corpus train+dev (docs/evaluation.md).
 */
import type { Finding } from '../../model/finding.js';
import { guard } from '../../text/required-literals.js';
import { firstPhraseFinding } from '../lures/phrase-finding.js';

const GREETINGS = [
  /\b(dear|hello|hi) (valued |esteemed |respected )?(customer|user|client|member|account ?holder|patron|beneficiary|sir\/madam|sir or madam|e-?mail user|webmail user)\b/,
  /\bdear (community|friend)\b/,
  /prezad[oa](\(a\))? cliente/,
  /\b(caro|cara|prezado|prezada|olá|ola) (cliente|usuário|usuario|trader|investidor|associado|correntista)\b/,
  /sehr geehrte(r)? kund(e|in)|\bliebe(r)? (kund(e|in)|nutzer(in)?)\b/,
  /\b(estimad[oa]|querid[oa]) (cliente|usuario|usuaria|miembro)\b/,
  /\b(chère|cher) (client|cliente|utilisateur|membre)\b/,
  /(beste|geachte) klant/,
].map(guard);

/** `text`: the message's lure text (lures/normalize.ts lureText). */
export function genericGreetingFindings(text: string): Finding[] {
  return firstPhraseFinding(text, GREETINGS, { id: 'generic-greeting', severity: 'low' });
}
