import { t } from '../../i18n/index.js';
import { decoratedTextFindings } from './decorated-text.js';

const kind = (name: string, subject = '') => decoratedTextFindings(name, subject)[0]?.params['kind'] ?? null;

describe('decorated-sender-text', () => {
  it('random tags glued to the end of the name or subject', () => {
    expect(kind('Elisabeth Jongeling .BVUM')).toBe('random-tag');
    expect(kind('Shop', 'Profiteer van subsidies voor isolatie!.BVUM')).toBe('random-tag');
    expect(kind('Post', 'Voer contactgegevens in om uw pakket te ontvangen\t.2913376448')).toBe('random-tag');
    expect(kind('Post', '-U heeft (1).pakket dat op bezorging-wacht...!.OHSSALLWCC  pFMM..pFMM')).toBe('random-tag');
  });
  it('small capitals, struck letters, split letters and dot-glued words', () => {
    expect(kind('~~ᴘᴀʏᴍᴇɴᴛ ʀꜰᴜꜱᴀʟ')).toBe('small-capitals');
    expect(kind('M\u0336icrosoft Safe')).toBe('struck-letters');
    expect(kind('D/H/L-verzending')).toBe('split-letters');
    expect(kind('-Albert|Heijn Actie Team')).toBe('split-letters');
    expect(kind('Payment..Declined')).toBe('split-letters');
    expect(kind('Storage CL0UD')).toBe('swapped-letters');
    expect(kind('OpenAI', 'CONFlRM NOW')).toBe('swapped-letters');
  });
  it('reports the place with texts in en and ja', () => {
    const name = decoratedTextFindings('DHL-klantervaring .QFDGZ', 'Levering')[0]!;
    expect(name.messageKey).toBe('finding.decorated-sender-text');
    expect(name.severity).toBe('medium');
    expect(t(name.messageKey, name.params, 'ja')).toContain('差出人名');
    const subj = decoratedTextFindings('Shop', 'Win een cadeaukaart!.OEEJLHXXXS')[0]!;
    expect(subj.messageKey).toBe('finding.decorated-sender-text-subject');
    expect(t(subj.messageKey, subj.params, 'en')).toContain('subject');
  });
  it('domains, abbreviations, ellipses in subjects and ordinary names: nothing', () => {
    for (const [n, s] of [
      ['Tesco .ie', 'Quicker and easier shopping with Tesco.'],
      ['U.S.A. Today', 'Think before you leap...glub...glub..'],
      ['Jane Doe', 'Re: [PATCH 1/8] apparmor: just use vfs_kern_mount to make .null'],
      ['Team A/B', 'A/B testing results for Q3'],
      ['山田 太郎', '【重要】ご利用確認のお願い'],
      ['Ops', 'Re: USA USA WE ARE NUMBER ....six.'],
      ['Dev', 'Porting to .NET and .HTML5 WAIT...WHAT'],
      ['Sales', 'New X200 and RTX4080 in stock, B0B1 parts'],
    ])
      expect(decoratedTextFindings(n!, s!), `${n} / ${s}`).toEqual([]);
  });
});
