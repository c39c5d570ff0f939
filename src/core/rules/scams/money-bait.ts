/**
 * `money-bait`: the message offers money nobody asked for: an inheritance or a "confidential" fortune (advance-fee
 * fraud), a crypto balance waiting to be withdrawn, login details to an account full of bitcoin, an investment that
 * multiplies a small deposit, tokens to claim by connecting a wallet. Legitimate banks and exchanges do not write to
 * strangers about windfalls; every one of these ends in a fee, a deposit, or a wallet drained.
 *
 * High when the bait asks to connect a wallet (a drainer signs away its funds) or hands out the password of a funded
 * account (the "found crypto" scam: the victim pays a withdrawal fee to the scammer's fake exchange).
 * Patterns match lure text (lures/normalize.ts: NFKC, lower-case, one line); all are linear with bounded gaps.
 */
import type { Finding, Severity } from '../../model/finding.js';
import { execGuarded, guard, textIndex, type GuardedPattern, type TextIndex } from '../../text/required-literals.js';

interface Family {
  id: string;
  patterns: readonly RegExp[];
}

const FAMILIES: readonly Family[] = [
  {
    id: 'advance-fee',
    patterns: [
      /next of kin/,
      /(inheritance|unclaimed|dormant|abandoned) (fund|funds|sum|deposit|consignment|account)/,
      /confide in you/,
      /(huge|large|substantial|considerable) sum of (money|us ?\$|usd|dollars|euros?)/,
      /(business|investment|partnership) proposal/,
      /(transfer|move) (the |this )?(fund|funds|sum|money) (out|into your|to your)/,
      /(compensation|beneficiary) (fund|payment|of the sum)/,
      /(legal|rightful|sole) beneficiary/,
      /lucrative (business|deal|transaction|venture|project)/,
      /(fund|sum|amount)s? .{0,30}registered (on|in|under) your name/,
      /(funds?|money|inheritance) on your behalf/,
      /my dear (friend|beloved)/,
    ],
  },
  {
    id: 'windfall',
    patterns: [
      /(you have|you've got|du hast|sie haben|você tem|voce tem|usted tiene|tienes|vous avez|u heeft|je hebt) [\d ,.]{2,15} ?(€|\$|usd|eur|euros?|btc|usdt|dollars)/,
      /(bitcoin|btc|crypto|wallet|digital asset)s? (portfolio|account|wallet|balance) (has been|was|is) (funded|credited|loaded)/,
      /(portfolio|wallet|account) (has been|was) (funded|credited) with [\d ,.]{1,15} ?(btc|bitcoin|usdt|eth)/,
      /withdrawals? (are|is) now (available|authori[sz]ed|open|enabled)/,
      /(funds|payout|money) (have|has) been (deposited|credited|released) (today|to your|into your|for you)/,
      /(btc|bitcoin|krypto|crypto)-? ?(auszahlung|payout|withdrawal|saque|retiro)/,
      /(current |your )?balance (is|of) [\d ,.]{1,15} ?(btc|bitcoin|usdt|eth)/,
      /(cash ?back|bonus|reward)s? .{0,40}(will (burn|expire|be lost)|burn out)/,
      /(welcome|sign-?up|deposit|registration) bonus (is )?(already )?(available|waiting|credited|ready)/,
      // A coin amount next to an exchange's name ("1.343 BTC Binance"), a sum to withdraw, coins "received".
      /\d[\d.,]{0,15} ?(btc|usdt|eth|usd) (binance|coinbase|bybit|kraken)/,
      /withdraw (your )?[\d,. ]{2,12} ?(\$|€|usd|btc|usdt|eth)/,
      /(received|receive) (a new transaction of |a payment of )?\+? ?\d[\d.,]{0,15} ?(btc|eth|usdt|bitcoin)/,
    ],
  },
  {
    id: 'investment',
    patterns: [
      /(earn|make|verdienen|ganhar|ganar|gagner) (up to |over |more than |bis zu |até |hasta )?(\$|€|£|usd |eur |r\$ ?)?\d[\d,. ]{0,12} ?(\$|€|£|usd|eur|euros?|dollars|reais)? ?(per|a|pro|por|par) (day|week|tag|woche|dia|día|jour|semaine)/,
      /in \d{1,3}(-\d{1,3})? (wochen|weeks|tagen|days|months|monaten|semanas|dias|días) .{0,20}(verdienen|earn|make|ganhar|ganar)/,
      /(passive income|guaranteed (returns|profits?)|double your (money|bitcoin|btc|investment))/,
      /(trading|krypto|crypto) ?-?(bot|robot|roboter|handelsplattform)/,
      /(reich (wird|werden)|get rich|ficar rico|hacerse rico)/,
    ],
  },
  {
    id: 'crypto-claim',
    patterns: [
      /(claim|collect|receive) (your )?(free )?(\$[a-z]{2,8} |[a-z]{2,8} )?(tokens|airdrop|coins|allocation)/,
      /(airdrop|token distribution|token allocation|staking rewards?)/,
      /release to your (designated |connected )?wallet/,
      /\$[a-z]{2,8} tokens/,
    ],
  },
];

/** Patterns that make the bait high: connecting a wallet, or a password for a funded account given in the mail. */
const WALLET_CONNECT = /(connect|link|sync(hroni[sz]e)?|validate) (your |a )?(crypto |web3 )?wallet/;
const GIVEN_PASSWORD = /(password|passwort|pass|senha|contraseña|mot de passe|pw) ?: ?[a-z0-9]{5,24}\b/;
const CRYPTO_BALANCE = /(btc|bitcoin|usdt|crypto)/;

/** Advance-fee letters push to a private reply, not to a link. */
const REPLY_PUSH =
  /(get back to me|reply (to )?me|contact me|write (back )?to me|my private e-?mail|respond (to me )?(urgently|immediately|quickly)|reply (to )?this (e-?mail|mail|message)|confirm (the )?receipt of this (e-?mail|mail|message)|confirm this to us)/;
/** A push to act: claim, withdraw, click, log in (en, de, pt, es, fr, nl). */
const PUSH = [
  REPLY_PUSH,
  /(claim|withdraw|collect|redeem|cash (it )?out|connect|log ?in|sign ?in|click|register|join|start|access)/,
  /(beanspruchen|auszahlen|einlösen|anmelden|bestätigen|klicken|registrieren|hier)/,
  /(jetzt|anleitung|konto eröffnen|sign up|start (trading|earning|now))/,
  /(resgatar|sacar|retirar|reclamar|acesse|clique|regístrese|registre-se|cliquez|retirer|réclamer|klik|claimen)/,
];

export interface MoneyBait {
  families: Map<string, string>;
  severity: Severity;
  reason: 'wallet-connect' | 'given-password' | 'offer';
}

/** The family tables with each pattern's required literals (compiled once): patterns that cannot match are not run. */
const GUARDED_FAMILIES = FAMILIES.map((f) => ({ id: f.id, patterns: f.patterns.map(guard) }));
const GUARDED_PUSH = PUSH.map(guard);

function firstHit(patterns: readonly GuardedPattern[], text: TextIndex): string | null {
  for (const p of patterns) {
    const m = execGuarded(p, text);
    if (m) return m[0];
  }
  return null;
}

export function detectMoneyBait(text: string): MoneyBait | null {
  const families = new Map<string, string>();
  const index = textIndex(text);
  for (const f of GUARDED_FAMILIES) {
    const hit = firstHit(f.patterns, index);
    if (hit !== null) families.set(f.id, hit);
  }
  if (families.size === 0) return null;
  if ((families.has('crypto-claim') || families.has('windfall')) && WALLET_CONNECT.test(text)) {
    return { families, severity: 'high', reason: 'wallet-connect' };
  }
  const pw = GIVEN_PASSWORD.exec(text);
  if (pw && families.has('windfall') && CRYPTO_BALANCE.test(text)) {
    families.set('given-password', pw[0]);
    return { families, severity: 'high', reason: 'given-password' };
  }
  // Two families together (a fortune and a payout...) need no further push; an advance-fee letter alone needs its
  // private-reply push (business mail also mentions proposals); the other families need any push to act.
  const onlyAdvanceFee = families.size === 1 && families.has('advance-fee');
  const pushed = families.size >= 2 || (onlyAdvanceFee ? REPLY_PUSH.test(text) : firstHit(GUARDED_PUSH, index) !== null);
  return pushed ? { families, severity: 'medium', reason: 'offer' } : null;
}

const MAX_PHRASE = 80;

export function moneyBaitFindings(text: string): Finding[] {
  const bait = detectMoneyBait(text);
  if (!bait) return [];
  const phrases = [...bait.families.values()].map((p) => p.slice(0, MAX_PHRASE));
  return [
    {
      id: 'money-bait',
      severity: bait.severity,
      messageKey: 'finding.money-bait',
      params: { phrases: phrases.map((p) => `「${p}」`).join(' '), kinds: [...bait.families.keys()].join(', '), reason: bait.reason },
      evidence: phrases.map((p) => ({ kind: 'text' as const, value: p })),
    },
  ];
}
