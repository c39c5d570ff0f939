import { lureText } from '../lures/normalize.js';
import { t } from '../../i18n/index.js';
import { scamStoryFindings } from './scam-stories.js';

const ids = (subject: string, body: string) => scamStoryFindings(lureText(subject, body, '')).map((f) => `${f.id}:${f.severity}`);

describe('scam stories', () => {
  it('a prize for a short survey, in en, de and fr: survey-prize-lure', () => {
    expect(ids('Exclusive reward', "Congratulations! You've been selected. Complete this short 30-second survey.")).toEqual([
      'survey-prize-lure:medium',
    ]);
    expect(ids('ADAC', 'Glückwunsch! Sie wurden ausgewählt. Beantworten Sie dazu einfach ein paar kurze Fragen.')).toEqual([
      'survey-prize-lure:medium',
    ]);
    expect(ids('Cadeau', 'Félicitations ! Répondez à quelques questions pour recevoir votre cadeau.')).toEqual([
      'survey-prize-lure:medium',
    ]);
  });
  it('"your opinion matters" with "you were selected": survey-prize-lure', () => {
    expect(ids('Belohnung', 'Ihre Meinung ist uns wichtig! Herzliche Glückwünsche! Sie wurden ausgewählt!')).toEqual([
      'survey-prize-lure:medium',
    ]);
  });
  it('a casino bonus: casino-bonus-lure', () => {
    expect(ids('Your pending bonus', 'Welcome pack C$7,500 B0NUS + 400 FS at SkyCrown casino.')).toEqual(['casino-bonus-lure:medium']);
  });
  it('a document that opens only on Windows: windows-only-document', () => {
    expect(ids('Your Tax Documents', 'Due to compliance, this document can only be accessed on a Windows desktop workstation.')).toEqual([
      'windows-only-document:medium',
    ]);
  });
  it('an expired antivirus with a discounted renewal: fake-antivirus-renewal', () => {
    expect(
      ids(
        'Critical Billing Error',
        'Your Antivirus subscription for Windows expired on January 5. Your device is unprotected. Save 70% today.',
      ),
    ).toEqual(['fake-antivirus-renewal:medium']);
    expect(ids('Renewal', 'Your antivirus subscription renews on 5 May. Manage it in the app.')).toEqual([]);
  });
  it('a data breach as pretext for a firmware update: breach-pretext-lure', () => {
    expect(
      ids('E-Global Breach', 'A data breach was discovered at a third-party provider. We have released a critical firmware update.'),
    ).toEqual(['breach-pretext-lure:medium']);
    expect(ids('Security incident', 'A security incident affected our forum. We have reset all sessions; no action is needed.')).toEqual(
      [],
    );
  });
  it('a sign-in alert with a number to call: callback-alert', () => {
    expect(
      ids('Was this you?', 'There was a recent login to your account. If this was not you, call us immediately: +1 888 356 5806'),
    ).toEqual(['callback-alert:medium']);
  });
  it('each finding has en and ja texts that quote the phrases', () => {
    for (const [s, b] of [
      ['Survey', 'Congratulations, take our quick survey'],
      ['Casino', 'Casino bonus today'],
      ['Doc', 'It must be opened on a Windows PC'],
      ['Alert', 'Unusual activity. Call us at 1-888-555-0100'],
      ['Breach', 'Your data was exposed. Verify your account now.'],
      ['Antivirus', 'Your device is unprotected. Renew now.'],
    ] as const) {
      const f = scamStoryFindings(lureText(s, b, ''));
      expect(f).toHaveLength(1);
      expect(t(f[0]!.messageKey, f[0]!.params, 'en')).toContain('「');
      expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toMatch(/[ぁ-んァ-ン]/);
    }
  });
  it('one part alone, and ordinary mail: nothing', () => {
    expect(ids('Survey', 'Please answer our customer satisfaction survey about the workshop.')).toEqual([]);
    expect(ids('Congratulations', 'Congratulations on the release, well done everyone!')).toEqual([]);
    expect(ids('Bonus', 'Your annual bonus will be paid with the March salary.')).toEqual([]);
    expect(ids('Win32', 'The installer runs on a Windows machine or under Wine.')).toEqual([]);
    expect(ids('New sign-in', 'New sign-in to your account. If this was not you, review your activity in the app.')).toEqual([]);
    expect(ids('Support', 'For help call our office at 555-123-4567.')).toEqual([]);
  });
});

describe('scam-story, generic-greeting and money-bait patterns are linear', () => {
  it('each detector stays fast on 100 KB adversarial inputs', async () => {
    const { genericGreetingFindings } = await import('./generic-greeting.js');
    const { moneyBaitFindings } = await import('./money-bait.js');
    const inputs = [
      '1'.repeat(100_000),
      '1.'.repeat(50_000),
      'dear '.repeat(20_000),
      'casino '.repeat(14_000),
      'congratulations survey '.repeat(4_000),
      'your a account '.repeat(7_000),
      'call 800 '.repeat(11_000),
      'received 1 '.repeat(9_000),
    ];
    for (const s of inputs) {
      for (const run of [scamStoryFindings, genericGreetingFindings, moneyBaitFindings]) {
        const t0 = performance.now();
        run(s);
        // Generous bound: a backtracking blow-up takes seconds; linear scans take milliseconds.
        expect(performance.now() - t0, s.slice(0, 20)).toBeLessThan(500);
      }
    }
  });
});
