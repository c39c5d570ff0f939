import fc from 'fast-check';
import { domainToASCII, domainToUnicode } from 'node:url';
import { skeleton, labelForms, coarseKey } from '../../../../src/core/text/skeleton.js';
import { punycodeDecode, hostToUnicode } from '../../../../src/core/text/idn-display.js';
import { idnSignals, isSuspiciousIdn } from '../../../../src/core/rules/lookalike/idn-policy.js';
import { scriptOf, isAllowedInIdentifier } from '../../../../src/core/text/unicode-script.js';
import { weightedDistance } from '../../../../src/core/rules/lookalike/distance.js';

describe('loose skeleton (UTS #39 section 4, loosened for hostnames)', () => {
  it('maps confusables from other scripts and diacritics to the Latin letter', () => {
    expect(skeleton('аррӏе')).toBe(skeleton('apple')); // Cyrillic
    expect(skeleton('каԍоуа')).toBe(skeleton('kagoya')); // Cyrillic ka (via kra) and komi sje (via small capital G)
    expect(skeleton('ρаypal')).toBe(skeleton('paypal')); // Greek rho
    expect(skeleton('amazön')).toBe('amazon');
    expect(skeleton('ＡＭＡＺＯＮ'.normalize('NFKC'))).toBe('amazon');
  });
  it('folds ASCII look-alikes on both sides (0/o, 1/l/i, rn/m, vv/w, cl/d)', () => {
    expect(skeleton('paypa1')).toBe(skeleton('paypal'));
    expect(skeleton('g00gle')).toBe(skeleton('google'));
    expect(skeleton('arnazon')).toBe(skeleton('amazon'));
    expect(skeleton('vvellsfargo')).toBe(skeleton('wellsfargo'));
    expect(skeleton('clocomo')).toBe(skeleton('docomo'));
    expect(labelForms('registernetflix').s0).toContain('netfl'); // no digraph fold across the word boundary
  });
  it('coarse keys merge visually close letters', () => {
    expect(coarseKey(skeleton('xscrvcr'))).toBe(coarseKey(skeleton('xserver')));
    expect(coarseKey(skeleton('anazom'))).toBe(coarseKey(skeleton('amazon')));
  });
  it('is idempotent and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const k = skeleton(s);
        expect(skeleton(k)).toBe(skeleton(k));
      }),
    );
  });
});

describe('punycode (RFC 3492)', () => {
  it('decodes known labels and whole hosts', () => {
    expect(punycodeDecode('80ak6aa92e')).toBe('аррӏе');
    expect(hostToUnicode('xn--80aa2arz42j.com')).toBe('каԍоуа.com');
    expect(hostToUnicode('xn--eckwd4c7c.xn--zckzah')).toBe('ドメイン.テスト');
  });
  it('agrees with the WHATWG/UTS #46 conversion on random labels', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aäбкدア漢-ö0'.split('')), minLength: 1, maxLength: 20 }), (label) => {
        const ascii = domainToASCII(`${label}.com`);
        fc.pre(ascii !== '');
        expect(hostToUnicode(ascii)).toBe(domainToUnicode(ascii));
      }),
    );
  });
  it('returns null on invalid input instead of throwing', () => {
    for (const bad of ['!!!', 'a'.repeat(100), '999999999999', '-']) expect(() => punycodeDecode(bad)).not.toThrow();
    expect(punycodeDecode('a'.repeat(100))).toBeNull();
  });
});

describe('IDN policy signals', () => {
  it('flags mixed Latin/Cyrillic, allows Latin with Japanese scripts', () => {
    expect(idnSignals('pаypal', 'com').mixedScript).toBe(true);
    expect(idnSignals('お名前ドットcom', 'jp').mixedScript).toBe(false);
    expect(isSuspiciousIdn(idnSignals('例え', 'jp'))).toBe(false);
  });
  it('flags whole-script Cyrillic look-alikes only outside Cyrillic TLDs', () => {
    expect(idnSignals('аррӏе', 'com').wholeScriptCyrillic).toBe(true);
    expect(idnSignals('аррӏе', 'ru').wholeScriptCyrillic).toBe(false);
    expect(idnSignals('яндекс', 'com').wholeScriptCyrillic).toBe(false); // not all Latin-looking
  });
  it('reads Scripts.txt and IdentifierStatus.txt data', () => {
    expect(scriptOf('a'.codePointAt(0)!)).toBe('Latin');
    expect(scriptOf('а'.codePointAt(0)!)).toBe('Cyrillic');
    expect(scriptOf('カ'.codePointAt(0)!)).toBe('Katakana');
    expect(isAllowedInIdentifier('a'.codePointAt(0)!)).toBe(true);
    expect(isAllowedInIdentifier(0x0138)).toBe(false); // LATIN SMALL LETTER KRA: restricted (obsolete)
    expect(idnSignals('\u0138agoya', 'com').disallowed).toBe(true);
  });
});

describe('weighted distance', () => {
  it('costs 1 per edit, 0.5 per visual pair or hyphen, with early exit', () => {
    expect(weightedDistance('paypal', 'paypal', 1)).toBe(0);
    expect(weightedDistance('paypal', 'paypai', 1)).toBe(1);
    expect(weightedDistance('xserver', 'xscrvcr', 1)).toBe(1);
    expect(weightedDistance('amazon', 'amzaon', 1)).toBe(1);
    expect(weightedDistance('kagoya', 'kago-ya', 1)).toBe(0.5);
    expect(weightedDistance('kagoya', 'totally-different', 2)).toBe(Infinity);
  });
});
