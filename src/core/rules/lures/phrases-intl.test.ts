import { matchLures } from './match.js';
import { lureFindings } from './index.js';
import { lureText } from './normalize.js';
import { INTL_ACTION_PATTERNS, INTL_DEADLINE_PATTERNS, INTL_THREAT_FAMILIES, INTL_WEAK_URGENCY_PATTERNS } from './phrases-intl.js';

const lures = (subject: string, text = '') => lureFindings({ subject, text, html: '', links: [] }).map((f) => f.id);
const kinds = (s: string) => [...matchLures(lureText(s, '', '')).threats.keys()];

describe('international lure phrases', () => {
  it('threat + push in de, pt, es, fr, it, nl', () => {
    expect(lures('Ihr Konto wurde gesperrt', 'Klicken Sie hier, um es zu entsperren.')).toContain('credential-lure');
    expect(lures('Conta Netflix suspensa', 'Clique aqui e atualize sua forma de pagamento em até 24 horas.')).toEqual([
      'credential-lure',
      'urgency-lure',
    ]);
    expect(lures('Su cuenta ha sido bloqueada', 'Haga clic en el enlace para verificar su identidad.')).toContain('credential-lure');
    expect(lures('Votre colis est en attente', 'Cliquez ici pour payer les frais de livraison.')).toContain('credential-lure');
    expect(lures('Il tuo account è stato sospeso', 'Clicca qui per verificare.')).toContain('credential-lure');
    expect(lures('Uw account is tijdelijk beperkt', 'Klik hier om uw gegevens te bevestigen.')).toContain('credential-lure');
  });
  it('crypto wallet, KYC and reward lures in English', () => {
    expect(kinds('Your wallet access is temporarily blocked')).toContain('account-lockout');
    expect(kinds('Please enter your 12-word recovery phrase')).toContain('verification');
    expect(kinds('New KYC agreement: document submission required')).toContain('verification');
    expect(lures('Lido staking rewards', 'Claim your rewards before they expire.')).toContain('credential-lure');
  });
  it('data deletion, suspicious logins, expiring certificates and vouchers, broken payment methods (#13 no-finding mail)', () => {
    expect(lures('Re: Já tentamos entrar em contato', 'Todos os seus dados serão completamente excluídos em 2026.02.13.')).toContain(
      'credential-lure',
    );
    expect(lures('Um login suspeito em sua conta foi detectado', 'Se não foi você, siga os links abaixo.')).toContain('credential-lure');
    expect(lures('Sicherheits-Zertifikat läuft ab', 'Das Sicherheits-Zertifikat läuft am 21. Februar ab. Jetzt reaktivieren')).toContain(
      'credential-lure',
    );
    expect(lures('Vos Chèques-Vacances expirent bientôt', 'Date limite : 31 août 2025.')).toContain('credential-lure');
    expect(lures('Subscription final Notice', "We noticed that your payment method isn't working anymore.")).toContain('credential-lure');
    expect(lures('LAST NOTICE: your subscription has expired')).toContain('credential-lure');
    expect(kinds('Your photos and videos will be permanently deleted')).toContain('account-lockout');
  });
  it('the same words in ordinary mail: nothing', () => {
    expect(lures('Inscriptions', "Date limite d'inscription au séminaire : 12 mars.")).toEqual([]);
    expect(lures('Re: Zertifikat', 'Das TLS-Zertifikat des Testservers wurde erneuert.')).toEqual([]);
    expect(lures('Release notes', 'Old log files will be deleted by the rotation job.')).toEqual([]);
  });
  it('a prize next to mere pressure words (news text) is no lure; ordinary mail is none', () => {
    expect(lures('Newsletter', 'Gutschein als Top-Prämie erhalten. Dringend gesucht: Pflegekräfte.')).toEqual([]);
    expect(lures('Re: [PATCH] fix bio submission', 'Please verify the patch applies; I tested it on two boxes.')).toEqual([]);
    expect(lures('Reunião amanhã', 'Podemos conversar sobre o projeto às 10h?')).toEqual([]);
  });
  it('patterns stay linear: a 100 kB hostile line is matched fast', () => {
    const hostile = 'konto '.repeat(20_000) + 'a'.repeat(1000);
    const all = [
      ...INTL_THREAT_FAMILIES.flatMap((f) => f.patterns),
      ...INTL_ACTION_PATTERNS,
      ...INTL_DEADLINE_PATTERNS,
      ...INTL_WEAK_URGENCY_PATTERNS,
    ];
    for (const re of all) expect(re.flags).not.toContain('g');
    expect(matchLures(hostile).threats.size).toBe(0);
  });
});
