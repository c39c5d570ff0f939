import { spfForMessage } from './index.js';
import { createFixtureResolver } from '../../dns/fixture-resolver.js';

describe('SPF temperror reason', () => {
  it('names the failed TXT lookup once', async () => {
    const resolver = createFixtureResolver({ 'kagoya.net': { TXT: 'TIMEOUT' } });
    const spf = await spfForMessage({ ip: '52.140.204.1', mailFrom: '<support@kagoya.net>', helo: '[127.0.0.1]' }, { resolver });
    expect(spf?.result).toBe('temperror');
    expect(spf?.reason).toMatch(/^TXT kagoya\.net: timeout$/);
  });
});
