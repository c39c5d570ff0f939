/**
 * Scam stories told in the body, each one sentence an analyst would say, each needing two parts of the story to meet
 * in the lure text (lures/normalize.ts: NFKC, lower-case, one line):
 * - `survey-prize-lure`: you were "selected" or congratulated AND asked to answer a short survey: the gift behind the
 *   survey ends in a card number for "shipping" (en, de, pt, es, fr, nl).
 * - `casino-bonus-lure`: a casino, free spins or a jackpot AND a bonus waiting: unsolicited gambling offers are a
 *   scam (or lead to one) whatever brand they borrow.
 * - `windows-only-document`: a document that "can only be opened on a Windows computer": a statement or tax form has no
 *   such limit; the "document" is a program, and the limit keeps phones and Macs from seeing it is one.
 * - `fake-antivirus-renewal`: an antivirus or "protection" subscription said to have expired, or the device said to be
 *   unprotected, AND a discount or a push to renew: the fake-antivirus renewal that sells a card number to the sender.
 * - `breach-pretext-lure`: a "data breach" or "security incident" AND a push to install an update or firmware, move
 *   your funds, or verify your wallet or account: the breach is the pretext, the update or the check is the theft.
 * - `callback-alert`: a sign-in or transaction alert that tells you to phone a number if it was not you: a real
 *   alert sends you to the app or the site; the number is the attacker's (telephone-oriented attack delivery).
 * All patterns are linear with bounded gaps. Measured per source and language on ../shared/corpus train+dev
 * (docs/evaluation.md): none fires on a legitimate message.
 */
import type { Finding } from '../../model/finding.js';
import { execGuarded, guard, textIndex, type GuardedPattern, type TextIndex } from '../../text/required-literals.js';

interface Story {
  id: string;
  /** The first part of the story (e.g. "you were selected"). */
  first: readonly RegExp[];
  /** The second part (e.g. "take this short survey"); empty when the first part is the whole tell. */
  second: readonly RegExp[];
}

const STORIES: readonly Story[] = [
  {
    id: 'survey-prize-lure',
    first: [
      /you('ve| have) been (selected|chosen)|congratulations/,
      /(sie wurden|du wurdest|wurde deine e-?mail-adresse) .{0,40}ausgewählt|glückwunsch|gratulieren|gewinnen sie/,
      /parabéns|parabens|(você|voce) foi selecionad/,
      /felicidades|felicitaciones|(ha|has) sido seleccionad/,
      /félicitations|vous avez été sélectionn/,
      /gefeliciteerd|(je|u) bent (geselecteerd|gekozen)/,
    ],
    second: [
      /(short|quick|brief|\d{1,2}[- ]?seconds?|\d[- ]?minutes?) (survey|questionnaire)/,
      /(take|complete|answer|fill( out)?) (this|our|the|a) .{0,20}(survey|questionnaire)/,
      /umfrage|beantworten sie .{0,40}fragen/,
      /pesquisa|question[aá]rio|responda .{0,40}perguntas/,
      /encuesta|cuestionario|responde .{0,40}preguntas/,
      /sondage|enquête|répondez .{0,40}questions/,
      /vragenlijst|beantwoord .{0,40}vragen/,
      // "Your opinion matters": the survey announced in other words.
      /(ihre|deine) meinung (ist uns wichtig|zählt)|your (opinion|feedback) (matters|is important|counts)/,
      /(sua|tua) opini[aã]o (é importante|importa|conta)|(su|tu) opini[oó]n (es importante|importa|cuenta)/,
      /votre avis (compte|est important|nous intéresse)|(uw|jouw) mening (telt|is belangrijk)/,
    ],
  },
  {
    id: 'casino-bonus-lure',
    first: [/\b(casino|free ?spins|jackpot|slot (games|machines?)|\d{2,4} ?fs)\b/],
    second: [/\b(bonus|b0nus)/],
  },
  {
    id: 'windows-only-document',
    first: [
      /(only|must) (be )?(accessed|opened|viewed|downloaded) (on|from|using|with) (a )?windows/,
      /windows (desktop|laptop|pc|computer)s? (only|is required|are required)/,
    ],
    second: [],
  },
  {
    id: 'fake-antivirus-renewal',
    first: [
      /(antivirus|anti-virus|norton|mcafee|total ?av|security|protection) (subscription|protection|license|licence|plan|abonnement).{0,40}(expired|expires|has ended|inactive|abgelaufen|läuft .{0,10}ab|geschlossen)/,
      /(device|pc|computer|mac|system|gerät) (is |ist )?(currently |now )?(unprotected|at risk|exposed|vulnerable|ungeschützt)/,
    ],
    second: [/\d{2}([.,]\d{1,2})? ?% (off|discount|rabatt)|save \d{2}%|rabatt|discount|renew(al)? (now|today|subscription)|erneuern/],
  },
  {
    id: 'breach-pretext-lure',
    first: [
      /data breach|security (breach|incident)|(was|were|has been|have been) (breached|compromised|exposed)|(breach|incident) (impacting|affecting|involving)/,
    ],
    second: [
      /firmware|(download|install|update) (the )?(latest |new )?(app|application|version|software|firmware)|(released|launched) a new version/,
      /(move|transfer|migrate) (your )?(assets|funds|crypto|coins)|recovery phrase|seed phrase/,
      /(verify|validate|confirm) your (wallet|account|identity)/,
    ],
  },
  {
    id: 'callback-alert',
    first: [
      /(recent|new|unusual|suspicious|unrecogni[sz]ed) (log ?in|sign-?in|login attempt|sign-?in attempt|activity|transaction|withdrawal|purchase)/,
      /was this you|(if|in case) (this|it) (was not|wasn't|wasnt) you|(don't|do not) recogni[sz]e (this|the) (activity|transaction|login|purchase)/,
    ],
    second: [
      // A North American toll-free number next to a call word, or "call us" next to any phone number.
      /(call|contact|reach|dial|phone)[^0-9\n]{0,40}(\+?1[ .-]?)?\(?8(00|33|44|55|66|77|88)\)?[ .-]?\d{3}[ .-]?\d{4}\b/,
      /(call|dial|phone) (us|our)[^0-9\n]{0,30}(\+?\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b/,
    ],
  },
];

const GUARDED = STORIES.map((s) => ({ id: s.id, first: s.first.map(guard), second: s.second.map(guard) }));

const MAX_PHRASE = 80;

function firstHit(patterns: readonly GuardedPattern[], text: TextIndex): string | null {
  for (const p of patterns) {
    const m = execGuarded(p, text);
    if (m) return m[0];
  }
  return null;
}

export interface ScamStory {
  id: string;
  phrases: string[];
}

/** Every story whose parts all occur in `text` (the message's lure text). */
export function detectScamStories(text: string): ScamStory[] {
  const index = textIndex(text);
  const out: ScamStory[] = [];
  for (const s of GUARDED) {
    const a = firstHit(s.first, index);
    if (a === null) continue;
    if (s.second.length === 0) {
      out.push({ id: s.id, phrases: [a] });
      continue;
    }
    const b = firstHit(s.second, index);
    if (b !== null) out.push({ id: s.id, phrases: [a, b] });
  }
  return out;
}

/** `text`: the message's lure text (lures/normalize.ts lureText). */
export function scamStoryFindings(text: string): Finding[] {
  return detectScamStories(text).map((s) => {
    const phrases = s.phrases.map((p) => p.slice(0, MAX_PHRASE));
    return {
      id: s.id,
      severity: 'medium' as const,
      messageKey: `finding.${s.id}`,
      params: { phrases: phrases.map((p) => `「${p}」`).join(' ') },
      evidence: phrases.map((p) => ({ kind: 'text' as const, value: p })),
    };
  });
}
