/**
 * `crypto-wallet-lure`: the message speaks of someone's coins or wallet and pushes one of the moves wallet drainers
 * live on: withdraw funds or file a claim from a collapsed exchange (bankruptcy "distributions"), install a "new"
 * desktop app, browser extension or firmware, migrate tokens to a new contract, verify or sync the wallet, or collect
 * tokens, an NFT or a refund nobody asked for. Exchanges and wallet makers announce releases on their own sites and
 * app stores; a mail that brings the download link, the claim form or the migration is how funds get stolen.
 *
 * Two parts must meet in the text (lures/normalize.ts: NFKC, lower-case, one line): a crypto-asset context (coins,
 * tokens, wallets of coins, NFTs; "crypto" alone is cryptography in technical mail and does not count) and one of
 * the moves (a bare "wallet" is context enough for a new wallet app or a wallet check). All patterns are linear with bounded gaps. Measured on ../shared/corpus train+dev (docs/evaluation.md).
 */
import type { Finding } from '../../model/finding.js';
import { execGuarded, guard, mayContain, textIndex, type GuardedPattern } from '../../text/required-literals.js';

/** Money in coins, not cryptography: coin and token names, wallets holding coins, NFT/web3 words. */
const COIN_CONTEXT: readonly RegExp[] = [
  /crypto ?currenc/,
  /crypto[- ](assets?|wallets?|holders?|exchange|portfolio|space|investment|fund|enthusiasts?)/,
  /digital assets/,
  /(bitcoin|ethereum|tether|metamask|stablecoin|monero|solana|airdrop|web3|blockchain|ledger live)/,
  /\b(btc|usdt|nfts?|defi|xrp|bnb|erc-?20|trc-?20)\b/,
  /(seed|recovery|secret) phrase/,
  /\bwallet\b.{0,40}\b(coins?|tokens?|assets)\b/,
  /\b(coins?|tokens?)\b.{0,40}\bwallet\b/,
  /\b(smart )?contract\b.{0,40}\b(assets|tokens)\b/,
  /\b(assets|tokens)\b.{0,60}\bcontract\b/,
];

/** A wallet alone (no coin named) is context enough for the moves that only make sense for a coin wallet. */
const WALLET = /\bwallet\b/;
const WALLET_MOVES = new Set(['software', 'wallet-check']);

/** The moves, each with the kind reported. */
const MOVES: ReadonlyArray<readonly [string, RegExp]> = [
  ['withdrawal', /withdraw(al)? (your |of |the )?(funds|assets|crypto|balance|digital assets|tokens)/],
  ['withdrawal', /(claim|funds|assets|balance)s? (is |are )?(now )?(available|eligible|ready) (for|to) (withdraw|claim)/],
  ['withdrawal', /eligible (client )?to (begin )?withdraw/],
  ['withdrawal', /withdraw(al)? (process|button|is (now )?authori[sz]ed)/],
  ['bankruptcy-claim', /(bankruptcy|chapter 11|affected creditors?|proof of claim|claims? process|distribution agent)/],
  ['software', /desktop (app|application|wallet|version|experience|client)/],
  ['software', /wallet desktop|desktop[- ]first|(introduc|announc|launch|releas)\w* .{0,40}\bdesktop\b/],
  ['software', /(browser|chrome) extension|extension wallet|wallet extension/],
  ['software', /firmware (update|upgrade|version)/],
  [
    'software',
    /(download|install|upgrade|update) (to )?(the |our |your )?(new |latest )?(desktop |mobile )?(app|application|wallet|extension|firmware|client)\b/,
  ],
  ['software', /mandatory (security )?(update|upgrade)/],
  ['migration', /(transfer|migrat|upgrad|mov)(e|ing)? (of )?(your|all) (assets|tokens|funds|wallet)/],
  ['migration', /(upgrading|migration of|migrate) (the |your |an? )?(erc-?20 |trc-?20 )?(token|contract)/],
  ['migration', /(new|latest|updated) (smart )?contract/],
  ['wallet-check', /(verif(y|ication)|validat(e|ion)|sync(hroni[sz]e)?|restore|reactivate)( of| process for)? (your |the )?wallet/],
  ['wallet-check', /wallet (is )?(still )?(pending|awaiting|requires?) (verification|validation|update)/],
  ['wallet-check', /(verification|validation) (process )?(for|of) your wallet/],
  ['gift', /you (have )?received (an? |1 |one )(reward|nft|gift|token)/],
  ['gift', /(win|won|claim|receive|retrieve) (an?|your|1|free) (nft|tokens?)/],
  ['gift', /(hidden|unclaimed|undiscovered) (tokens|assets|rewards|coins)/],
  ['gift', /claim (your )?(\d[\d,. ]{0,12} )?(btc|eth|bnb|usdt|sol|xrp|tokens|nfts?)\b/],
  ['gift', /claim (your |a )?(free )?[a-z0-9 ]{0,30}\b(nfts?|web3|tokens?)\b/],
  ['gift', /(promo code|bonus) (worth|of) (\$|usd )?\d/],
  ['account-alert', /(log ?in|sign-?in) (attempt|from (a |an )?(new|unfamiliar|unknown|unrecognized) device)/],
  ['gift', /refund of [\d,. ]{1,20} ?(usdt|btc|eth|bnb)/],
  ['gift', /(secure your spot|eligible|register) (in|for) .{0,30}airdrop/],
];

const CONTEXT = COIN_CONTEXT.map(guard);
const GUARDED_MOVES: ReadonlyArray<readonly [string, GuardedPattern]> = MOVES.map(([k, p]) => [k, guard(p)] as const);

const MAX_PHRASE = 80;

export interface CryptoWalletLure {
  context: string;
  kind: string;
  move: string;
}

export function detectCryptoWalletLure(text: string): CryptoWalletLure | null {
  // The lure text's index is already made by the lure and money-bait rules (textIndex): the guarded context patterns
  // rule most mail out from it, cheaper than a scan of the text for the coin words (measured).
  const index = textIndex(text);
  let context: string | null = null;
  for (const p of CONTEXT) {
    const m = execGuarded(p, index);
    if (m) {
      context = m[0];
      break;
    }
  }
  const wallet = context === null && mayContain(index, 'wallet') ? WALLET.exec(text) : null;
  if (context === null && !wallet) return null;
  for (const [kind, p] of GUARDED_MOVES) {
    if (context === null && !WALLET_MOVES.has(kind)) continue;
    const m = execGuarded(p, index);
    if (m) return { context: context ?? wallet![0], kind, move: m[0] };
  }
  return null;
}

/** `text`: the message's lure text (lures/normalize.ts lureText). */
export function cryptoWalletLureFindings(text: string): Finding[] {
  const hit = detectCryptoWalletLure(text);
  if (!hit) return [];
  const move = hit.move.slice(0, MAX_PHRASE);
  const context = hit.context.slice(0, MAX_PHRASE);
  return [
    {
      id: 'crypto-wallet-lure',
      severity: 'medium',
      messageKey: 'finding.crypto-wallet-lure',
      params: { move: `「${move}」`, context: `「${context}」`, kind: hit.kind },
      evidence: [
        { kind: 'text', value: move, label: hit.kind },
        { kind: 'text', value: context, label: 'crypto' },
      ],
    },
  ];
}
