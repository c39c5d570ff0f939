import { lureText } from './normalize.js';
import { t } from '../../i18n/index.js';
import { legalThreatFindings } from './legal-threat.js';

const find = (body: string, linked = true) => legalThreatFindings(lureText('', body, ''), linked);

describe('legal-threat-lure', () => {
  it('a summons, a notarial protest or a formal notice addressed to the reader, with a link', () => {
    expect(find('To the Defendant: you are hereby formally served with a summons in a civil action.')[0]?.severity).toBe('medium');
    expect(find('Inclusão de protesto em cartório do boleto aqui especificado.').length).toBe(1);
    expect(find('Ceci est une mise en demeure de payer sous 8 jours.').length).toBe(1);
    expect(find('Gegen Sie wurde ein gerichtlicher Mahnbescheid beantragt.').length).toBe(1);
  });
  it('explains in en and ja', () => {
    const f = find('A complaint has been filed against you. View the documents.');
    expect(t(f[0]!.messageKey, f[0]!.params, 'en')).toContain('legal action');
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toContain('法的措置');
  });
  it('news about lawsuits, and a threat without any link or attachment: nothing', () => {
    expect(find('The SCO lawsuit against IBM continues; the court will hear arguments in May.')).toEqual([]);
    expect(find('Legal notice: this message is confidential.')).toEqual([]);
    expect(find('You are hereby served with a summons.', false)).toEqual([]);
  });
});
