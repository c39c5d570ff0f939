import { t } from '../../i18n/index.js';
import { addr, makeMessage } from '../test-message.js';
import { platformDomainFindings, tenantPlatformOf } from './platform-domain.js';

const msg = (from: string, returnPath: string | null = null) =>
  makeMessage({ from: addr(from, 'Service'), fromAll: [addr(from, 'Service')], returnPath });
const ids = (from: string, returnPath: string | null = null) =>
  platformDomainFindings(msg(from, returnPath)).map((f) => `${f.id}:${f.severity}:${f.params['platform']}`);

describe('sender-platform-domain', () => {
  it('a From on a cloud app project or a Microsoft 365 initial domain: medium, explained in en and ja', () => {
    expect(ids('no-reply@brave1-d6538.firebaseapp.com')).toEqual(['sender-platform-domain:medium:firebaseapp.com']);
    expect(ids('marion-beck@17sxob90.onmicrosoft.com')).toEqual(['sender-platform-domain:medium:onmicrosoft.com']);
    const f = platformDomainFindings(msg('noreply@adam6-488708.firebaseapp.com'))[0]!;
    expect(t(f.messageKey, f.params, 'en')).toContain('firebaseapp.com');
    expect(t(f.messageKey, f.params, 'ja')).toContain('テナント');
    expect(f.evidence[0]).toMatchObject({ kind: 'address', label: 'From' });
  });
  it('only the bounce address on a tenant domain (From elsewhere): low, with its own sentence', () => {
    const f = platformDomainFindings(msg('Tractor@Supply4ruu0.com', '5e90ekpvb@ric19442711.onmicrosoft.com'));
    expect(f.map((x) => `${x.id}:${x.severity}`)).toEqual(['sender-platform-domain:low']);
    expect(f[0]!.messageKey).toBe('finding.sender-platform-domain.envelope');
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toContain('onmicrosoft.com');
  });
  it("legitimate near-misses: an organisation's own domain, Microsoft's own, rental servers, help desks, ESP bounces", () => {
    expect(ids('alerts@microsoft.com', 'bounce@microsoft.com')).toEqual([]);
    expect(ids('msonlineservicesteam@microsoftonline.com')).toEqual([]);
    // the platform's own name is not a tenant
    expect(ids('support@firebaseapp.com')).toEqual([]);
    expect(ids('taro@example.sakura.ne.jp')).toEqual([]);
    expect(ids('support@acme.zendesk.com')).toEqual([]);
    expect(ids('news@brand.example', '0101018f79e6@us-west-2.amazonses.com')).toEqual([]);
  });
  it('tenantPlatformOf: case, trailing dot, empty input', () => {
    expect(tenantPlatformOf('Contoso.OnMicrosoft.com.')).toBe('onmicrosoft.com');
    expect(tenantPlatformOf('my-app.web.app')).toBe('web.app');
    expect(tenantPlatformOf('')).toBeNull();
    expect(tenantPlatformOf(null)).toBeNull();
    expect(tenantPlatformOf('onmicrosoft.com')).toBeNull();
  });
});
