import {
  buildTextIndex,
  execGuarded,
  guard,
  indexLiteral,
  mayContain,
  mayContainIndexed,
  requiredLiteralGroups,
  requiredLiterals,
  textIndex,
} from './required-literals.js';
import { ACTION_PATTERNS, DEADLINE_PATTERNS, THREAT_FAMILIES } from '../rules/lures/phrases.js';
import { JA_ACTION_PATTERNS, JA_THREAT_FAMILIES } from '../rules/lures/phrases-ja.js';

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

describe('requiredLiteralGroups', () => {
  it('lists every requirement of a pattern without alternatives, the best first', () => {
    expect(requiredLiteralGroups(/(verify|confirm) your (account|identity)/)).toEqual([
      ['account', 'identity'],
      ['verify', 'confirm'],
      [' your '],
    ]);
    expect(requiredLiteralGroups(/(mailbox|e-?mail account).{0,30}(locked|blocked)/)).toEqual([
      ['mailbox', 'mail account'],
      ['locked', 'blocked'],
    ]);
    // A required group without alternatives gives all of its own requirements; an optional one gives none.
    expect(requiredLiteralGroups(/(?:sign (in|on)) now( please)?/)).toEqual([['sign '], ['in', 'on'], [' now']]);
    expect(requiredLiteralGroups(/ab+cd/)).toEqual([['cd'], ['a'], ['b']]);
  });

  it('keeps one requirement for an alternation of several branches, and null where requiredLiterals is null', () => {
    expect(requiredLiteralGroups(/verify your account|confirm (it|this) now/)).toEqual([['verify your account', 'confirm ']]);
    expect(requiredLiteralGroups(/(abc|\d+)/)).toBeNull();
    expect(requiredLiteralGroups(/(?=abc)[a-z]+/)).toBeNull();
    expect(requiredLiteralGroups(/abc/i)).toBeNull();
  });

  it('lets a guarded phrase table pattern run whenever it matches (the same result as exec)', () => {
    const patterns = [
      ...THREAT_FAMILIES.flatMap((f) => f.patterns),
      ...JA_THREAT_FAMILIES.flatMap((f) => f.patterns),
      ...ACTION_PATTERNS,
      ...DEADLINE_PATTERNS,
      ...JA_ACTION_PATTERNS,
    ].map(guard);
    const texts = [
      'your account has been suspended. please verify your account within 24 hours by clicking the link below.',
      'unusual sign-in activity was detected on your mailbox; confirm your identity now or it will be closed',
      'your payment was declined, update your billing information today to avoid suspension',
      'お客様のアカウントは一時停止されました。24時間以内に下記のリンクからログインしてご確認ください。',
      'your parcel is on hold: pay the customs fee to release the delivery',
      'verify your account',
      'account your verify',
    ];
    let ran = 0;
    for (const text of texts) {
      const index = buildTextIndex(text);
      for (const p of patterns) {
        const got = execGuarded(p, index);
        expect(got?.[0]).toBe(p.re.exec(text)?.[0]);
        if (got) ran++;
      }
    }
    expect(ran).toBeGreaterThan(10); // the texts do match patterns: the equality above is not only null === null
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
