import { resolveLimits, resolveSettings } from './limits.js';
import { DEFAULT_LIMITS } from './deps.js';

describe('limits', () => {
  it('defaults, overrides and validates', () => {
    expect(resolveLimits(undefined)).toEqual(DEFAULT_LIMITS);
    expect(resolveLimits({ spfMaxLookups: 5 }).spfMaxLookups).toBe(5);
    expect(() => resolveLimits({ maxHeaders: 0 })).toThrow(/positive integer/);
    expect(() => resolveLimits({ maxHeaders: 1.5 })).toThrow(/positive integer/);
    expect(() => resolveLimits({ nope: 1 } as never)).toThrow(/unknown limit/);
  });
  it('keeps the RFC 7208 4.6.4 defaults', () => {
    expect(DEFAULT_LIMITS.spfMaxLookups).toBe(10);
    expect(DEFAULT_LIMITS.spfMaxVoidLookups).toBe(2);
  });
  it('normalizes settings', () => {
    const s = resolveSettings({ ownDomains: [' Example.JP. ', 'example.jp'] });
    expect(s.ownDomains).toEqual(['example.jp']);
    expect(s.sensitivity).toBe('normal');
    expect(() => resolveSettings({ sensitivity: 'max' as never })).toThrow(/sensitivity/);
  });
});
