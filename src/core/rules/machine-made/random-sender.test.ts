import { describe, it, expect } from 'vitest';
import { randomSenderFindings, machineMadeTokens, shippedModel } from './random-sender.js';
import { emptyModel, addToModel, modelForm, randomnessScore, modelFromTrigrams } from './char-model.js';
import { localPartTokens, textTokens } from './sender-tokens.js';
import { isRomaji } from './romaji.js';
import { addr } from '../test-message.js';

const find = (address: string, name = '', subject = '') => randomSenderFindings(addr(address, name), subject);

describe('random-looking-sender', () => {
  it('reports a machine-made local part with the token in evidence and an explanation', () => {
    const f = find('kq7x3vz9pwq@example.com', 'Customer Service', 'Your account');
    expect(f.map((x) => `${x.id}:${x.severity}`)).toEqual(['random-looking-sender:low']);
    expect(f[0]!.messageKey).toBe('finding.random-looking-sender');
    expect(f[0]!.params.token).toBe('kq7x3vz9pwq');
    expect(f[0]!.evidence[0]!.value).toBe('kq7x3vz9pwq');
  });

  it('reports machine-made display names and subject strings under their own texts', () => {
    expect(find('info@example.com', 'OEEJLHXXXS')[0]?.messageKey).toBe('finding.random-looking-sender-name');
    expect(find('info@example.com', 'Support', 'Important notice 4q1sVqWetH7ci')[0]?.messageKey).toBe(
      'finding.random-looking-sender-subject',
    );
  });

  it('leaves ordinary senders alone: English words, surnames, romaji and Japanese names, ids of digits', () => {
    for (const [a, n, s] of [
      ['john.smith@example.com', 'John Smith', 'Re: [PATCH v3 05/12] mm: fix the reclaim accounting'],
      ['newsletter@example.com', 'Weekly Newsletter', 'Your statement for November 2025'],
      ['tanaka.hiroshi@example.co.jp', 'Tanaka Hiroshi', 'Kaigi no oshirase'],
      ['shinichiro.yamaguchi@example.jp', '山口 晋一郎', '【重要】会議のお知らせ'],
      ['kyouko_matsumoto@example.jp', 'Matsumoto Kyouko', 'Ryuunosuke no kekka'],
      ['order-1234567890@example.com', 'Shop', 'Order 1234567890 shipped'],
    ])
      expect(find(a!, n!, s!), `${a} ${n} ${s}`).toEqual([]);
  });

  it('does not take names of other languages for random strings', () => {
    for (const n of [
      'Krzysztof',
      'Szczepanski',
      'Przemyslaw',
      'Nwachukwu',
      'Zhiqiang',
      'Xiaodong',
      'Nguyen',
      'Bhattacharya',
      'Thorsteinsdottir',
      'Llewellyn',
      'Hyeonjun',
      'Cuauhtemoc',
      'Oberschleissheim',
    ]) {
      expect(find(`${n.toLowerCase()}@example.org`, n), n).toEqual([]);
    }
  });

  it('does not judge sub-address tags or structured list-manager local parts (VERP-like)', () => {
    expect(find('notification+kq7x3vz9pwq@example.com')).toEqual([]);
    expect(find('Online#3.20216.56-c0AXgilV9YMFp9RR.1@newsletter.example.com')).toEqual([]);
    expect(localPartTokens('a.b_c-d=e#f')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('never judges tokens shorter than eight characters, all digits, or non-Latin text', () => {
    expect(find('db8hj@example.com')).toEqual([]);
    expect(find('948305718833@example.com')).toEqual([]);
    expect(textTokens('ヤマダ電機 お知らせ')).toEqual([]);
  });
});

describe('character model', () => {
  it('scores words of its training text above random strings', () => {
    const m = emptyModel();
    for (const w of ['support', 'service', 'account', 'newsletter', 'information', 'customer', 'notification']) addToModel(m, w);
    expect(randomnessScore(m, 'services')!).toBeGreaterThan(0);
    expect(randomnessScore(m, 'xqzjvkwp')!).toBeLessThan(-5);
    expect(randomnessScore(m, 'ü-ber')).toBeNull();
  });

  it('folds digits to one symbol and reads back a shipped trigram table', () => {
    expect(modelForm('AB12c')).toBe('ab00c');
    const m = modelFromTrigrams('^^a 2 ^ab 2 ab$ 2 bad');
    expect(m.total).toBe(6);
    expect(shippedModel().total).toBeGreaterThan(1000);
  });

  it('gives the per-place verdicts the evaluation uses', () => {
    const j = machineMadeTokens(shippedModel(), { local: ['kq7x3vz9pwq'], name: ['Krzysztof'], subject: ['NUC8i7HVK'] });
    expect(j.map((x) => x.place)).toEqual(['address']);
  });
});

describe('romaji', () => {
  it('recognises Japanese written in Latin letters and nothing random', () => {
    for (const t of ['tanaka', 'shinichiro', 'kyouko', 'hattori', 'ohno', 'ryuunosuke', 'konnichiwa']) expect(isRomaji(t), t).toBe(true);
    for (const t of ['kq7x3vz9p', 'xkjqwhe', 'smith', 'oeejlhxxxs']) expect(isRomaji(t), t).toBe(false);
  });
});
