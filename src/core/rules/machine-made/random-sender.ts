/**
 * `random-looking-sender`: the From local part, the display name or a subject word looks machine-made ("kq7x3vz9p",
 * "OEEJLHXXXS"): under the character model of legitimate senders and subjects (char-model.ts, fitted on legitimate
 * mail only), the token is far more probable as characters typed at random than as a word. Campaign tooling fills
 * these in to defeat filters; people and ordinary services do not. Only tokens long enough to judge are read; digits
 * alone, romaji (Japanese written in Latin letters) and non-Latin text are never judged, and neither are envelope
 * addresses (Return-Path, VERP bounce tags), whose tags are machine-made by design.
 */
import type { Address } from '../../model/message.js';
import type { Finding } from '../../model/finding.js';
import { SENDER_TRIGRAMS } from '../../reference/generated/sender-ngrams.js';
import { modelFromTrigrams, modelForm, randomnessScore, type CharModel } from './char-model.js';
import { localPartTokens, textTokens } from './sender-tokens.js';
import { isRomaji } from './romaji.js';

export type Place = 'address' | 'name' | 'subject';

/** Fewer characters than this carry too little evidence either way. */
export const MIN_TOKEN = 8;
/**
 * A token is machine-made when log P_model - log P_random is below this (natural log): the random reading is at least
 * e^THRESHOLD times likelier (about 22,000 for -10). Subjects carry product codes and identifiers more often than
 * names and addresses do, so they need more. Chosen on training ham with leave-one-source-out checks (a Polish given
 * name such as `Krzysztof` scores about -8.6 when the model has seen no Polish).
 */
export const THRESHOLDS: Readonly<Record<Place, number>> = { address: -10, name: -10, subject: -12 };

export interface Judged {
  place: Place;
  token: string;
  score: number;
}

let shipped: CharModel | null = null;
export function shippedModel(): CharModel {
  shipped ??= modelFromTrigrams(SENDER_TRIGRAMS);
  return shipped;
}

function judgeTokens(model: CharModel, place: Place, tokens: readonly string[]): Judged | null {
  let worst: Judged | null = null;
  for (const token of tokens) {
    const form = modelForm(token);
    if (!form || form.length < MIN_TOKEN || !/[a-z]/.test(form) || isRomaji(token)) continue;
    const score = randomnessScore(model, token);
    if (score === null || score >= THRESHOLDS[place]) continue;
    if (!worst || score < worst.score) worst = { place, token, score };
  }
  return worst;
}

/** The most machine-made-looking token of each place, where one is found. */
export function machineMadeTokens(
  model: CharModel,
  parts: { local: readonly string[]; name: readonly string[]; subject: readonly string[] },
): Judged[] {
  return [
    judgeTokens(model, 'address', parts.local),
    judgeTokens(model, 'name', parts.name),
    judgeTokens(model, 'subject', parts.subject),
  ].filter((j): j is Judged => j !== null);
}

export function randomSenderFindings(from: Address | null, subject: string, model: CharModel = shippedModel()): Finding[] {
  const judged = machineMadeTokens(model, {
    local: localPartTokens(from?.local ?? ''),
    name: textTokens(from?.name ?? ''),
    subject: textTokens(subject ?? ''),
  });
  if (!judged.length) return [];
  const first = judged[0]!;
  return [
    {
      id: 'random-looking-sender',
      severity: 'low',
      messageKey: first.place === 'address' ? 'finding.random-looking-sender' : `finding.random-looking-sender-${first.place}`,
      params: { token: first.token, place: first.place, where: judged.map((j) => j.place).join(', '), address: from?.address ?? '' },
      evidence: judged.map((j) => ({
        kind: 'text' as const,
        value: j.token,
        label: `${j.place === 'address' ? 'From address' : j.place === 'name' ? 'From display name' : 'Subject'} (random-looking, score ${j.score.toFixed(1)})`,
      })),
    },
  ];
}
