/** Registry entry of the authentication rule: SPF, DKIM, DMARC and ARC results turned into findings. */
import type { Rule } from '../rule.js';
import { messages } from '../../i18n/analysis-messages.js';
import { authFindings } from './auth-findings.js';
import { emptyAuth } from '../../evidence/network-checks.js';

export const authenticationRule: Rule = {
  id: 'authentication',
  stage: 'authentication',
  reads: "SPF, DKIM, DMARC and ARC, computed here or reported by the recipient's own mail server: a sender the domain did not authorise.",
  produces: ['spf-fail', 'spf-softfail', 'dkim-fail', 'dmarc-fail', 'arc-fail', 'arc-pass', 'auth-results-fail'],
  messages,
  run: (c) => authFindings(c.auth ?? emptyAuth(), c.msg.from?.domain || null, { mailingList: c.facts.mailingList }),
};
