import { parseArgs, UsageError, lastValue, allValues } from './args.js';

const spec = { values: ['doh', 'own-domain'], booleans: ['json', 'offline'] };

describe('parseArgs', () => {
  it('reads flags, repeated values and positionals', () => {
    const a = parseArgs(['--json', 'a.eml', '--own-domain', 'x.jp', '--own-domain=y.jp', '-', '--doh=https://h/dns-query'], spec);
    expect(a.positionals).toEqual(['a.eml', '-']);
    expect(a.booleans.has('json')).toBe(true);
    expect(allValues(a, 'own-domain')).toEqual(['x.jp', 'y.jp']);
    expect(lastValue(a, 'doh')).toBe('https://h/dns-query');
  });
  it('rejects unknown flags and missing values', () => {
    expect(() => parseArgs(['--nope'], spec)).toThrow(UsageError);
    expect(() => parseArgs(['--doh'], spec)).toThrow(/needs a value/);
    expect(() => parseArgs(['--json=1'], spec)).toThrow(/takes no value/);
  });
  it('treats everything after -- as positionals', () => {
    expect(parseArgs(['--', '--json'], spec).positionals).toEqual(['--json']);
  });
});
