import { makeLink } from '../test-message.js';
import type { LinkInfo } from '../../model/link.js';
import { t } from '../../i18n/index.js';
import { unusualPortLinkFindings } from './unusual-port-link.js';

const link = (url: string, source: LinkInfo['source'] = 'html'): LinkInfo => makeLink(url, { source });

describe('unusual-port-link', () => {
  it('a clicked link to a web server on an odd port: low, explained', () => {
    const f = unusualPortLinkFindings([
      link('http://oniline.us2k.net:6180/logon/index.php'),
      link('https://mail.example.com:2080', 'form'),
    ]);
    expect(f.map((x) => `${x.id}:${x.severity}`)).toEqual(['unusual-port-link:low']);
    expect(f[0]!.params).toMatchObject({ host: 'oniline.us2k.net', port: '6180', count: 2 });
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toContain('6180');
  });
  it('default and alternate web ports, and URLs quoted in plain text: nothing', () => {
    expect(
      unusualPortLinkFindings([link('http://www.example.com:8080/memo'), link('https://a.example:443/'), link('http://b.example:8443/')]),
    ).toEqual([]);
    expect(unusualPortLinkFindings([link('http://www.askemos.org:9080/paper.pdf', 'text')])).toEqual([]);
    expect(unusualPortLinkFindings([link('http://file.sv:50')])).toEqual([]);
  });
});
