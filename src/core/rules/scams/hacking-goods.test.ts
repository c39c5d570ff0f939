import { lureText } from '../lures/normalize.js';
import { t } from '../../i18n/index.js';
import { hackingGoodsFindings } from './hacking-goods.js';

const find = (s: string) => hackingGoodsFindings(lureText('', s, ''));

describe('hacking-goods-offer', () => {
  it('a shop listing four or more trade goods', () => {
    const f = find('Cpanels - Shells - SSH/WHM - RDPs Smtps - Mailers - Leads - Webmails. Check us out.');
    expect(f.map((x) => `${x.id}:${x.severity}`)).toEqual(['hacking-goods-offer:medium']);
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toContain('フィッシング');
  });
  it('admins talking about shells, SSH and SMTP: nothing', () => {
    expect(find('Log in over SSH, open two shells and check the SMTP relay logs.')).toEqual([]);
    expect(find('Sales leads from the conference are in the CRM.')).toEqual([]);
  });
});
