import { makeLink } from '../test-message.js';
import type { LinkInfo } from '../../model/link.js';
import { t } from '../../i18n/index.js';
import { cloudAppPlatform } from '../../reference/hosting/index.js';
import { cloudHostedLinkFindings } from './cloud-hosted-link.js';

const link = (url: string, source: LinkInfo['source'] = 'html'): LinkInfo => makeLink(url, { source });

describe('cloud-hosted-link', () => {
  it('knows buckets, serverless hosts and CDN distributions', () => {
    expect(cloudAppPlatform('storage.googleapis.com')).toBe('storage.googleapis.com');
    expect(cloudAppPlatform('regularizar-agora-35935.southamerica-east1.run.app')).toBe('run.app');
    expect(cloudAppPlatform('ismobatnu.s3.us-east-2.amazonaws.com')).toBe('s3.amazonaws.com');
    expect(cloudAppPlatform('s3.ap-south-1.amazonaws.com')).toBe('s3.amazonaws.com');
    expect(cloudAppPlatform('x.z22.web.core.windows.net')).toBe('web.core.windows.net');
    for (const h of ['ec2-1-2-3-4.compute-1.amazonaws.com', 'fonts.googleapis.com', 'www.example.com', 'me.github.io', ''])
      expect(cloudAppPlatform(h), h).toBeNull();
  });
  it('a clicked link to a page parked on a cloud platform: low, explained in en and ja', () => {
    const f = cloudHostedLinkFindings([link('https://storage.googleapis.com/7didan/romana.html#4ky')], 'kingsburyhsorg.j3iba.click');
    expect(f.map((x) => `${x.id}:${x.severity}`)).toEqual(['cloud-hosted-link:low']);
    expect(f[0]!.params['platform']).toBe('storage.googleapis.com');
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toContain('storage.googleapis.com');
    expect(cloudHostedLinkFindings([link('https://amx-7657.southamerica-east1.run.app/x')], null).length).toBe(1);
  });
  it("URLs quoted in plain text, the sender's own domain and ordinary sites: nothing", () => {
    expect(cloudHostedLinkFindings([link('https://syzkaller.appspot.com/bug?extid=1', 'text')], 'syzkaller.appspotmail.com')).toEqual([]);
    expect(cloudHostedLinkFindings([link('https://d1.cloudfront.net/x')], null).length).toBe(1);
    expect(cloudHostedLinkFindings([link('https://news.example.com/a'), link('https://me.github.io/doc.html')], 'example.com')).toEqual([]);
    expect(cloudHostedLinkFindings([link('https://myapp.web.app/login')], 'myapp.web.app')).toEqual([]);
  });
});
