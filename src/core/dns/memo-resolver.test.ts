import { createMessageMemo } from './memo-resolver.js';
import type { DnsResult, Resolver } from './types.js';

describe('createMessageMemo', () => {
  it('asks each question once, sharing concurrent and later askers, case- and dot-insensitive', async () => {
    const asked: string[] = [];
    const inner: Resolver = {
      query: async (name, type) => {
        asked.push(`${type} ${name}`);
        return { name, type, status: 'nxdomain', records: [], cnames: [], ad: false } satisfies DnsResult;
      },
    };
    const r = createMessageMemo(inner);
    await Promise.all([r.query('Kagoya.net', 'MX'), r.query('kagoya.net.', 'MX'), r.query('kagoya.net', 'A')]);
    await r.query('kagoya.net', 'MX');
    expect(asked).toEqual(['MX Kagoya.net', 'A kagoya.net']);
  });
});
