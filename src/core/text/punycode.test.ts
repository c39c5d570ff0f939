import fc from 'fast-check';
import {
  PUNYCODE_HEADER_LIMITS,
  PUNYCODE_LABEL_LIMITS,
  punycodeDecodeHeaderLabel,
  punycodeDecodeLabel,
  punycodeDecodeWith,
} from './punycode.js';

/** Sample strings of RFC 3492 7.1 (ACE bodies, basic code points keep their case). */
const RFC3492_SAMPLES: [string, string][] = [
  ['egbpdaj6bu4bxfgehfvwxn', 'ليهمابتكلموشعربي؟'],
  ['ihqwcrb4cv8a8dqg056pqjye', '他们为什么不说中文'],
  ['4dbcagdahymbxekheh6e0a7fei0b', 'למההםפשוטלאמדבריםעברית'],
  ['b1abfaaepdrnnbgefbadotcwatmq2g4l', 'почемужеонинеговорятпорусски'],
  ['3B-ww4c5e180e575a65lsy2b', '3年B組金八先生'],
  ['-with-super-monkeys-pc58ag80a8qai00g7n9n', '安室奈美恵-with-SUPER-MONKEYS'.toLowerCase()],
  ['bcher-kva', 'bücher'],
];

describe('punycode (RFC 3492 6.2)', () => {
  it.each(RFC3492_SAMPLES)('%s decodes with both limit sets', (ace, want) => {
    expect(punycodeDecodeLabel(ace)).toBe(want);
    expect(punycodeDecodeHeaderLabel(ace)).toBe(want);
  });
  it('digits are case-insensitive; bad digits, dangling deltas and non-basic prefixes fail', () => {
    expect(punycodeDecodeLabel('BCHER-KVA')).toBe('BüCHER');
    for (const bad of ['!!!', 'bcher-kv', '-', 'é-kva', 'zz-!!']) {
      expect(punycodeDecodeLabel(bad)).toBeNull();
      expect(punycodeDecodeHeaderLabel(bad)).toBeNull();
    }
  });
  it('the label limits: 63 characters and no surrogates; the header limits: 253 characters, surrogates kept', () => {
    expect(punycodeDecodeLabel('a'.repeat(64))).toBeNull();
    expect(punycodeDecodeHeaderLabel(`${'a'.repeat(100)}-`)).toBe('a'.repeat(100));
    expect(punycodeDecodeHeaderLabel('a'.repeat(254))).toBeNull();
    // '5euy62y' decodes to a lone surrogate.
    expect(punycodeDecodeLabel('5euy62y')).toBeNull();
    expect(punycodeDecodeHeaderLabel('5euy62y')).toMatch(/[\ud800-\udfff]/);
    expect(punycodeDecodeLabel('999999999999')).toBeNull();
    expect(punycodeDecodeHeaderLabel('999999999999')).toBeNull();
  });
  it('never throws; results are at most as long as the input; both limit sets agree when no surrogate is involved', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.stringMatching(/^[a-z0-9-]{0,70}$/)), (s) => {
        const label = punycodeDecodeWith(s, PUNYCODE_LABEL_LIMITS);
        const header = punycodeDecodeWith(s, PUNYCODE_HEADER_LIMITS);
        if (label !== null) expect([...label].length).toBeLessThanOrEqual(s.length);
        if (s.length <= 63 && header !== null && !/[\ud800-\udfff]/.test(header)) expect(label).toBe(header);
      }),
    );
  });
  it('round trip with the WHATWG URL encoder (UTS #46)', () => {
    const label = fc
      .array(fc.constantFrom(...'abcxyz09-éüßñøåжщ日本語한국αβ'.split('')), { minLength: 1, maxLength: 15 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(label, (u) => {
        let host: string;
        try {
          host = new URL(`http://${u}.example/`).hostname;
        } catch {
          return;
        }
        const first = host.split('.')[0]!;
        if (!first.startsWith('xn--')) return;
        const back = punycodeDecodeLabel(first.slice(4));
        expect(back).not.toBeNull();
        expect(new URL(`http://${back!}.example/`).hostname.split('.')[0]).toBe(first);
      }),
    );
  });
});
