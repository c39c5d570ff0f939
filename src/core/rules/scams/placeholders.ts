/**
 * `template-placeholder`: the subject or text shows a bulk-mailer placeholder that was never filled in (`#CRYPTO#`,
 * `#RANDOM10#`, `%%FIRSTNAME%%`, `{{first_name}}`). Spam kits rotate such fields per copy to dodge filters; a
 * placeholder left raw shows the message came from such a kit, not from someone writing to the reader.
 */
import type { Finding } from '../../model/finding.js';

/** Upper-case tokens between # or %% (kit syntax), or snake_case names in double braces. Bounded, linear. */
const PLACEHOLDER =
  /#[A-Z][A-Z_]{1,20}\d{0,3}#|%%[A-Z][A-Z_]{1,20}%%|\{\{ ?(first_?name|last_?name|name|email|e-mail|random[a-z_0-9]{0,10}) ?\}\}/;
const MAX_SCAN = 20_000;

export function placeholderFindings(subject: string, text: string): Finding[] {
  for (const [field, s] of [
    ['Subject', subject],
    ['text', text],
  ] as const) {
    const m = PLACEHOLDER.exec((s ?? '').slice(0, MAX_SCAN));
    if (m) {
      return [
        {
          id: 'template-placeholder',
          severity: 'low',
          messageKey: 'finding.template-placeholder',
          params: { placeholder: m[0], field },
          evidence: [{ kind: 'text', value: m[0], label: field }],
        },
      ];
    }
  }
  return [];
}
