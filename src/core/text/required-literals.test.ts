import {
  buildTextIndex,
  execGuarded,
  guard,
  indexLiteral,
  mayContain,
  mayContainIndexed,
  requiredLiterals,
  textIndex,
} from './required-literals.js';

describe('requiredLiterals', () => {
  it('finds the literals every match must contain', () => {
    expect(requiredLiterals(/(verify|confirm) your (account|identity)/)).toEqual(['account', 'identity']); // longer than ' your '
    expect(requiredLiterals(/(mailbox|e-?mail account).{0,30}(locked|blocked)/)).toEqual(['mailbox', 'mail account']);
    expect(requiredLiterals(/パスワード.{0,20}(有効期限|失効)/)).toEqual(['パスワード']);
    expect(requiredLiterals(/ab+cd/)).toEqual(['cd']); // b+ ends a run: 'a', 'b', 'cd'
    expect(requiredLiterals(/pay\.?pal/)).toEqual(['pay']);
  });

  it('gives up (null) when a match may contain no literal or the source is not understood', () => {
    expect(requiredLiterals(/(abc|\d+)/)).toBeNull();
    expect(requiredLiterals(/(abc)?\s+/)).toBeNull();
    expect(requiredLiterals(/(?=abc)[a-z]+/)).toBeNull();
    expect(requiredLiterals(/abc/i)).toBeNull();
    expect(requiredLiterals(/(a|)/)).toBeNull();
  });

  it('skips a pattern only when it cannot match', () => {
    const patterns = [/(verify|confirm) your (account|identity)/, /日(以内|後)/, /\d{1,3} ?(時間|日)/, /pay\.?pal/].map(guard);
    for (const text of ['please verify your account now', 'paypal', 'pay.pal', '3日以内', '3 時間', 'nothing to see', 'your account']) {
      const index = textIndex(text);
      for (const p of patterns) expect(execGuarded(p, index)?.[0]).toBe(p.re.exec(text)?.[0]);
    }
  });
});

describe('mayContainIndexed', () => {
  it('says what mayContain says, with the literal hashed once', () => {
    const text = 'your account has been suspended, verify now: 三井住友カード';
    const index = buildTextIndex(text);
    for (const lit of ['', 'y', 'yo', 'account', 'acount', 'verify now', 'now!', '三井住友', '住友銀行', 'suspended,']) {
      expect(mayContainIndexed(index, indexLiteral(lit))).toBe(mayContain(index, lit));
    }
    expect(mayContainIndexed(index, indexLiteral('verify now'))).toBe(true);
    expect(mayContainIndexed(index, indexLiteral('zzz'))).toBe(false);
  });
});
