/**
 * `reward-headline`: the sender name or the subject promises the reader a reward, a gift (card) or a prize: "Your
 * reward is waiting", "Exclusive Rewards For You", "Choose Your Free Gift", "Gewinnen Sie ein Geschenkset",
 * "cadeaukaart ... winnaar". Survey and gift-card scams put the bait in the headline, where the reader decides to
 * open; shops that run real promotions name the product and the shop, not an unnamed reward waiting for you.
 * A weak sign alone (low): the learned verdict weighs it with the rest.
 *
 * Matched on the display name and subject, normalised like lure text (lures/normalize.ts). "win ... prize" is not
 * counted (news headlines: "physicists win Nobel Prize"); the win family needs a gift word.
 */
import type { Finding } from '../../model/finding.js';
import { buildTextIndex, guard } from '../../text/required-literals.js';
import { firstPhraseFinding } from './phrase-finding.js';
import { lureText } from './normalize.js';

const HEADLINE_BAIT: readonly RegExp[] = [
  // en
  /exclusive ([a-z]+ )?(reward|gift)s?/,
  /rewards? (for you|awaits?|is waiting|day)/,
  /(claim|collect|redeem|get|choose|unlock) your (free |exclusive )?(reward|gift|prize|bonus|kit|voucher|gift ?card)s?/,
  /your (reward|gift|prize|bonus)s? (is |are )?(waiting|awaits?|ready|pending)/,
  /your pending (reward|gift|prize|bonus)/,
  /you (have )?received (an? |your )?(reward|gift|prize|bonus)/,
  /free gift/,
  /you('ve| have) (been selected|won)/,
  // de, nl, fr, pt, es: win + a gift word, gift-card words, "winner"
  /(gewinnen sie|gewinne|win|winnen|gagnez|ganhe|gane) (een|ein|eine|um|uma|una|un|vandaag|jetzt|nu)? ?.{0,30}(cadeau|gutschein|geschenk|gift|carte cadeau|kaart|vale-presente|tarjeta regalo)/,
  /(cadeaukaart|cadeaubon|geschenkset|geschenkkarte|carte cadeau|vale-presente|tarjeta regalo)/,
  /(winnaar|gewinner|ganhador|ganador|gagnant)/,
];
const GUARDED = HEADLINE_BAIT.map(guard);

export function rewardHeadlineFindings(displayName: string, subject: string): Finding[] {
  // Underscores stand for spaces in such headlines ("Find_out_how_to_get_your_Reward!").
  const text = lureText(`${displayName.slice(0, 500)} ${subject.slice(0, 2000)}`.replace(/_+/g, ' '), '', '');
  // Indexed without being remembered: textIndex keeps the lure text's index, which the rules after this one read again.
  return firstPhraseFinding(
    text,
    GUARDED,
    { id: 'reward-headline', severity: 'low', label: 'sender name or subject' },
    buildTextIndex(text),
  );
}
