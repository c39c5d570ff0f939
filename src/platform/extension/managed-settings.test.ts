import { MANAGEABLE_KEYS, mergeSettings, parseManagedPolicy, userLayerToStore } from './managed-settings.js';

const BUILT_IN = {
  ownDomains: [],
  dohUrls: ['https://builtin.example/dns-query'],
  offline: false,
  allowlist: [],
  sensitivity: 'normal',
  protectContacts: true,
  lang: 'auto',
};

describe('managed settings: parsing the policy', () => {
  it('keeps well-formed values, reports unknown names and wrong types, and keeps only locked names with a value', () => {
    const p = parseManagedPolicy({
      ownDomains: ['example.co.jp'],
      sensitivity: 'extreme',
      offline: 'no',
      reportAddress: 'security@example.co.jp',
      colour: 'blue',
      locked: ['ownDomains', 'sensitivity', 'reportAddress', 'nope', 'reportAddress'],
    });
    expect(p.values).toEqual({ ownDomains: ['example.co.jp'], reportAddress: 'security@example.co.jp' });
    expect(p.locked).toEqual(['ownDomains', 'reportAddress']);
    expect(p.problems).toEqual([
      'setting "sensitivity" has the wrong type',
      'setting "offline" has the wrong type',
      'unknown setting "colour"',
      '"locked" names "sensitivity", which has no valid managed value',
      '"locked" names an unknown setting "nope"',
    ]);
  });
  it('treats nothing as no policy and other non-objects as a problem, never throwing', () => {
    expect(parseManagedPolicy(undefined)).toEqual({ values: {}, locked: [], problems: [] });
    expect(parseManagedPolicy({})).toEqual({ values: {}, locked: [], problems: [] });
    expect(parseManagedPolicy('x').problems).toHaveLength(1);
    expect(parseManagedPolicy([1]).problems).toHaveLength(1);
    expect(parseManagedPolicy({ locked: 'ownDomains' }).problems).toEqual(['"locked" must be a list of setting names']);
  });
  it('refuses oversized lists (the limit is explicit)', () => {
    const many = Array.from({ length: 201 }, (_, i) => `d${i}.example`);
    expect(parseManagedPolicy({ allowlist: many }).values).toEqual({});
  });
});

describe('managed settings: merge order managed locked > user > managed default > built-in', () => {
  const policy = parseManagedPolicy({
    ownDomains: ['example.co.jp'],
    dohUrls: ['https://doh.example.co.jp/dns-query'],
    sensitivity: 'high',
    allowlist: ['partner.example'],
    locked: ['ownDomains', 'dohUrls'],
  });
  it('takes each setting from the first layer that has it', () => {
    const user = { ownDomains: ['mine.example'], sensitivity: 'low', offline: true, lang: 'ja' };
    const m = mergeSettings(BUILT_IN, policy, user);
    expect(m.raw).toMatchObject({
      ownDomains: ['example.co.jp'], // locked beats user
      dohUrls: ['https://doh.example.co.jp/dns-query'], // locked
      sensitivity: 'low', // user beats managed default
      allowlist: ['partner.example'], // managed default beats built-in
      offline: true, // user
      protectContacts: true, // built-in
      lang: 'ja', // not manageable: the user's
    });
    expect(m.sources).toEqual({
      ownDomains: 'managed-locked',
      dohUrls: 'managed-locked',
      offline: 'user',
      allowlist: 'managed-default',
      sensitivity: 'user',
      protectContacts: 'built-in',
      reportAddress: 'built-in',
    });
    expect(m.locked).toEqual(['ownDomains', 'dohUrls']);
  });
  it('ignores a stored user value of the wrong shape (the managed default applies)', () => {
    const m = mergeSettings(BUILT_IN, policy, { sensitivity: 42, allowlist: 'x' });
    expect(m.raw).toMatchObject({ sensitivity: 'high', allowlist: ['partner.example'] });
    expect(m.sources.sensitivity).toBe('managed-default');
  });
  it('is the user settings over built-ins without a policy, and built-ins for garbage', () => {
    const none = parseManagedPolicy(undefined);
    expect(mergeSettings(BUILT_IN, none, { sensitivity: 'high' }).raw).toEqual({ ...BUILT_IN, sensitivity: 'high' });
    expect(mergeSettings(BUILT_IN, none, 'garbage').raw).toEqual(BUILT_IN);
    expect(Object.keys(mergeSettings(BUILT_IN, none, null).sources)).toEqual([...MANAGEABLE_KEYS]);
  });
  it('passes a managed report address through for the settings that know it', () => {
    const p = parseManagedPolicy({ reportAddress: 'soc@example.co.jp', locked: ['reportAddress'] });
    const m = mergeSettings(BUILT_IN, p, { reportAddress: 'me@example.net' });
    expect(m.raw.reportAddress).toBe('soc@example.co.jp');
    expect(m.sources.reportAddress).toBe('managed-locked');
  });
});

describe('managed settings: what is stored for the user', () => {
  it('drops locked settings and values equal to the baseline', () => {
    const baseline = { ...BUILT_IN, sensitivity: 'high', ownDomains: ['example.co.jp'] };
    const saved = { ...BUILT_IN, sensitivity: 'high', ownDomains: ['attacker.example'], offline: true, lang: 'en' };
    expect(userLayerToStore(saved, baseline, ['ownDomains'])).toEqual({ offline: true, lang: 'en' });
    expect(userLayerToStore(baseline, baseline, [])).toEqual({});
  });
});
