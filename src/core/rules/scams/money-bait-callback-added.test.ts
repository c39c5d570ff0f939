import { lureText } from '../lures/normalize.js';
import { moneyBaitFindings } from './money-bait.js';
import { callbackFindings } from './callback.js';

const norm = (s: string) => lureText('', s, '');

describe('advance-fee phrases added to money-bait', () => {
  it('a "legal beneficiary" fund letter asking for a reply: medium', () => {
    const f = moneyBaitFindings(norm('Attn: Beneficiary, you are the legal beneficiary of this fund. Reply this mail with your details.'));
    expect(f.map((x) => `${x.id}:${x.severity}`)).toEqual(['money-bait:medium']);
    expect(String(f[0]?.params['kinds'])).toBe('advance-fee');
  });
  it('a "lucrative business venture" asking to confirm receipt: medium', () => {
    expect(moneyBaitFindings(norm('Please confirm the receipt of this e-mail for a lucrative business venture.'))).toHaveLength(1);
  });
  it('the same words without the reply push, or ordinary business mail: nothing', () => {
    expect(moneyBaitFindings(norm('The trust names her as the sole beneficiary of the policy.'))).toEqual([]);
    expect(moneyBaitFindings(norm('Reply to this email to confirm your seat at the workshop.'))).toEqual([]);
  });
});

describe('callback-invoice: automatic charges and help desks', () => {
  it('an automatic charge with a help desk number: medium', () => {
    const f = callbackFindings(
      norm(
        'Your Premium Membership renewal is scheduled. An automatic charge of $346.33 will be made. Service Helpdesk: +1 (808) 206-6999',
      ),
    );
    expect(f.map((x) => `${x.id}:${x.severity}`)).toEqual(['callback-invoice:medium']);
  });
  it('a charge of ... will be processed, with a support line: medium', () => {
    expect(callbackFindings(norm('A charge of $510.22 will be automatically processed. Phone Support: +1 (864) 329-6068'))).toHaveLength(1);
  });
  it('a help desk number without a charge: nothing', () => {
    expect(callbackFindings(norm('Help desk: +1 (808) 206-6999, open 9 to 5.'))).toEqual([]);
  });
});

describe('windfall phrases added to money-bait', () => {
  it('a coin amount next to an exchange name in a sign-up notice: medium', () => {
    expect(
      moneyBaitFindings(norm('Username: www.example.blogspot.fr - 1.343 BTC Binance. To set your password, click the link.')),
    ).toHaveLength(1);
  });
  it('a sum to withdraw, and coins received, with a push: medium', () => {
    expect(moneyBaitFindings(norm('Come on, quickly withdraw your 28,281$ now. Click here.'))).toHaveLength(1);
    expect(moneyBaitFindings(norm('You have received a new transaction of + 0.9473 BTC. Click the link below.'))).toHaveLength(1);
  });
  it('a price list of coins without a push: nothing', () => {
    expect(moneyBaitFindings(norm('Market close: 1.5 BTC Binance volume fell.'))).toEqual([]);
  });
});
