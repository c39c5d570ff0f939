import { lureText } from '../lures/normalize.js';
import { t } from '../../i18n/index.js';
import { cryptoWalletLureFindings, detectCryptoWalletLure } from './crypto-wallet-lure.js';

const find = (subject: string, body: string) => cryptoWalletLureFindings(lureText(subject, body, ''));
const kind = (subject: string, body: string) => detectCryptoWalletLure(lureText(subject, body, ''))?.kind ?? null;

describe('crypto-wallet-lure', () => {
  it('bankruptcy claims and withdrawals of crypto funds', () => {
    expect(
      kind('Your claim is now available for withdrawal', 'Celsius approved your claim. Withdraw your digital assets via the button.'),
    ).toBe('withdrawal');
    expect(kind('Affected Creditor Asset Retrieval', 'As an affected creditor in the chapter 11 case you may recover your bitcoin.')).toBe(
      'bankruptcy-claim',
    );
  });
  it('a new wallet app, extension or firmware brought by mail', () => {
    expect(kind('Exodus Desktop App - New Update Now Live', 'Manage your Bitcoin (BTC) and Ethereum.')).toBe('software');
    expect(kind('New Electrum Extension', 'The Electrum Extension Wallet is available for Chrome.')).toBe('software');
    expect(kind('Firmware Update 2.7.1', 'Ledger Live now protects your assets. Open Ledger Live for the firmware update.')).toBe(
      'software',
    );
  });
  it('token migrations, wallet checks and unsolicited tokens', () => {
    expect(kind('USDT v2', 'We are upgrading the ERC-20 token contract.')).toBe('migration');
    expect(kind('Verify Your Wallet Now', 'The verification process for your wallet is awaiting completion.')).toBe('wallet-check');
    expect(kind('RE: You received 1 NFT', 'You have been drawn to win an NFT! Claim now.')).toBe('gift');
    expect(kind('Refund', 'You have a refund of 272.94 USDT available.')).toBe('gift');
  });
  it('reports the phrases with texts in en and ja', () => {
    const f = find('Claim 500 BNB Now', 'Your BNB airdrop is ready.');
    expect(f.map((x) => `${x.id}:${x.severity}`)).toEqual(['crypto-wallet-lure:medium']);
    expect(t(f[0]!.messageKey, f[0]!.params, 'en')).toContain('crypto');
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toContain('暗号資産');
  });
  it('cryptography, wallets of other kinds and crypto news without a move: nothing', () => {
    expect(find('[PATCH] crypto: update the firmware loader', 'The crypto API needs a new version of the firmware.')).toEqual([]);
    expect(
      find('Re: distribution release', 'Download the new version of the distribution; crypto tokens are checked by the kernel.'),
    ).toEqual([]);
    expect(find('Your leather wallet has shipped', 'Track your order. Free returns within 30 days.')).toEqual([]);
    expect(find('Bitcoin price today', 'Bitcoin rose 4% as markets closed higher.')).toEqual([]);
    expect(find('Lockergnome', 'Keep your wallet safe while travelling; the distribution of the newsletter changes.')).toEqual([]);
  });
});
