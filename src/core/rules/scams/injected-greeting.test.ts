import { lureText } from '../lures/normalize.js';
import { t } from '../../i18n/index.js';
import { injectedGreetingFindings } from './injected-greeting.js';

const find = (subject: string, body: string) => injectedGreetingFindings(lureText(subject, '', ''), lureText('', body, ''));

describe('injected-greeting', () => {
  it('a URL or an amount where the name should be', () => {
    expect(
      find('Your account has been created!', 'Welcome. Hi www.igfyrj.blogspot.cl - 180 861 USD BINANCE, thanks for signing up.')[0]?.params[
        'place'
      ],
    ).toBe('text');
    expect(find('Confirm your account', 'Hi ✅ +$4,811 ➡️ ok.me/rCQE1, One last step to confirm your account!').length).toBe(1);
    const s = find('Dein Rabattcode kommt, Hello. You have a new incoming transaction. Verify -> transfer705.pages.dev/evas-dparun', '');
    expect(s[0]?.params['place']).toBe('subject');
    expect(String(s[0]?.params['text'])).toContain('transfer705.pages.dev');
  });
  it('explains in en and ja', () => {
    const f = find('x', 'Hello $1,000 bonus');
    expect(t(f[0]!.messageKey, f[0]!.params, 'en')).toContain('name');
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toContain('名前');
  });
  it('ordinary greetings, a URL later in a reply, a subject with a path: nothing', () => {
    expect(find('Re: patch', 'Hi Ian, url: https://lore.kernel.org/x is the thread.')).toEqual([]);
    expect(find('Welcome', 'Hello Jane, your order of $20 has shipped.')).toEqual([]);
    expect(find('[PATCH] fs/ext4: fix inode.c/extents', 'Hi all,')).toEqual([]);
  });
});
