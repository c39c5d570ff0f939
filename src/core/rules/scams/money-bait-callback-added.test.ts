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
