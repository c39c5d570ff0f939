import { lureText } from '../lures/normalize.js';
import { t } from '../../i18n/index.js';
import { genericGreetingFindings } from './generic-greeting.js';

const find = (body: string) => genericGreetingFindings(lureText('', body, ''));

describe('generic-greeting', () => {
  it('"Dear customer" and its pt/de/es/fr/nl forms: low', () => {
    for (const b of [
      'Dear Customer, we are pleased to notify you.',
      'Dear valued user, our system has detected a problem.',
      'Prezado(a) Cliente. Até o momento não identificamos a atualização.',
      'Sehr geehrte Kundin, sehr geehrter Kunde, im Rahmen der Einführung...',
      'Estimado cliente: su cuenta requiere atención.',
      'Cher client, votre colis est en attente.',
      'Beste klant, uw pakket wacht.',
      'Caro trader, detectamos um login suspeito.',
      'Liebe Kundin, lieber Kunde, Ihr Paket wartet.',
    ]) {
      expect(find(b).map((f) => `${f.id}:${f.severity}`)).toEqual(['generic-greeting:low']);
    }
  });
  it('quotes the greeting in en and ja', () => {
    const f = find('Dear Member, please read.');
    expect(t(f[0]!.messageKey, f[0]!.params, 'en')).toContain('「dear member」');
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toContain('「dear member」');
  });
  it('a greeting by name, a list greeting, Japanese お客様, and "user" inside other words: nothing', () => {
    expect(find('Dear Jane, thanks for the patch.')).toEqual([]);
    expect(find('Hello all, hello community members will meet on Friday.')).toEqual([]);
    expect(find('お客様各位 いつもご利用ありがとうございます。')).toEqual([]);
    expect(find('The userspace customers of this API will break.')).toEqual([]);
  });
});
