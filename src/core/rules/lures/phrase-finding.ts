/**
 * The first of a rule's guarded phrase patterns that matches the text, as that rule's one finding: the phrase (cut to
 * MAX_PHRASE characters) is its parameter and its evidence (labelled when the rule gives a label). Shared by the
 * headline and legal-threat lures and the generic greeting. `index`: the text's triple index, by default the remembered
 * one (textIndex: the lure text, shared by the lure and scam rules of one analysis).
 */
import type { Finding, Severity } from '../../model/finding.js';
import { execGuarded, textIndex, type GuardedPattern, type TextIndex } from '../../text/required-literals.js';

const MAX_PHRASE = 80;

export function firstPhraseFinding(
  text: string,
  patterns: readonly GuardedPattern[],
  finding: { id: string; severity: Severity; label?: string },
  index: TextIndex = textIndex(text),
): Finding[] {
  for (const p of patterns) {
    const m = execGuarded(p, index);
    if (!m) continue;
    const phrase = m[0].slice(0, MAX_PHRASE);
    return [
      {
        id: finding.id,
        severity: finding.severity,
        messageKey: `finding.${finding.id}`,
        params: { phrase: `「${phrase}」` },
        evidence: [finding.label === undefined ? { kind: 'text', value: phrase } : { kind: 'text', value: phrase, label: finding.label }],
      },
    ];
  }
  return [];
}
