/**
 * Impersonation findings on the sender's presentation: a brand claimed in the display name that the address does
 * not belong to, obfuscated display names and subjects, and From addresses that cannot exist.
 */
import type { Finding } from '../../model/finding.js';
import type { ParsedMessage } from '../../model/message.js';
import type { LinkInfo } from '../../model/link.js';
import { brandClaimFindings } from './brand-claim.js';
import { obfuscationFindings } from './obfuscation.js';
import { malformedFromFindings } from './sender-address.js';
import { alarmDisplayNameFindings } from './alarm-name.js';

export interface ImpersonationInput {
  msg: ParsedMessage;
  links: readonly LinkInfo[];
  mailingList: boolean;
  freeMail: boolean;
}

export function impersonationFindings(input: ImpersonationInput): Finding[] {
  const { msg } = input;
  const listRewrite = input.mailingList && /\bvia\b/i.test(msg.from?.name ?? '');
  return [
    ...brandClaimFindings(msg.from, { links: input.links, listRewrite, freeMail: input.freeMail }),
    ...obfuscationFindings(msg.from?.name ?? '', msg.subject ?? ''),
    ...malformedFromFindings(msg.from, msg.headers),
    ...alarmDisplayNameFindings(msg.from?.name ?? ''),
  ];
}

export { brandsNamedIn } from './brand-names.js';
