import { t } from '../../i18n/index.js';
import { rewardHeadlineFindings } from './reward-headline.js';

describe('reward-headline', () => {
  it('rewards, gifts and prizes promised in the subject or sender name (en, de, nl)', () => {
    for (const [name, subject] of [
      ['United Healthcare Billing', 'UnitedHealthcare Exclusive Reward'],
      ['Harbor Freight', 'Your reward is waiting'],
      ['AARP', 'Choose Your Free Gift with AARP Membership Today'],
      ['Exclusive_Reward', 'Find out how'],
      ['Douglas-Umfrageteam', 'Gewinnen Sie ein Rituals-Geschenkset'],
      ['Team', 'MediaCadeauKaart actie: misschien is jouw naam de winnaar!'],
      ['💰Your pending bonus💰', 'Exclusive offer - play here'],
      ['CHAINERS TEAM', 'At 05/31/2024 04:47:38 pm You received an reward!'],
      ['Adidas', 'Unlock the door to exclusive Adidas rewards today!'],
    ])
      expect(
        rewardHeadlineFindings(name!, subject!).map((f) => f.id),
        `${name} ${subject}`,
      ).toEqual(['reward-headline']);
  });
  it('is low and explained in en and ja', () => {
    const f = rewardHeadlineFindings('Shop', 'Claim your gift card');
    expect(f[0]?.severity).toBe('low');
    expect(t(f[0]!.messageKey, f[0]!.params, 'en')).toContain('reward');
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toContain('特典');
  });
  it('news about prizes, rewards in the body only and ordinary subjects: nothing', () => {
    expect(rewardHeadlineFindings('Science Daily', 'Neutrino physicists win Nobel Prize')).toEqual([]);
    expect(rewardHeadlineFindings('Jane', 'Re: reward function in the RL paper')).toEqual([]);
    expect(rewardHeadlineFindings('Shop', 'Your order has shipped')).toEqual([]);
  });
});
