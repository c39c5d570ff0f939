import { lureFindings } from './index.js';

const lures = (subject: string, text = '') => lureFindings({ subject, text, html: '', links: [] }).map((f) => f.id);

describe('lure phrases added for bank security letters and de/pt/es variants', () => {
  it('a bank "security review" letter with a click push is a credential lure', () => {
    expect(
      lures('Security Alert', 'Fraudulent activity has been registered on some of our accounts. Click here to prove your identity.'),
    ).toContain('credential-lure');
    expect(
      lures('Notice', 'We are undertaking a period review of our member accounts. Click here to confirm account information.'),
    ).toContain('credential-lure');
    expect(lures('Warning', 'We have temporary limited your access. Click here to restore it.')).toContain('credential-lure');
  });
  it('German subscription closing with a renew push, Portuguese points expiring in 48h, Spanish storage full', () => {
    expect(lures('Letzte Erinnerung', 'Ihr Konto wird in 24 Stunden geschlossen. Erneuern Sie jetzt Ihre Mitgliedschaft!')).toEqual([
      'credential-lure',
      'urgency-lure',
    ]);
    expect(lures('Seus pontos expiram em 48h', 'Você possui pontos acumulados. Efetue o resgate hoje.')).toContain('credential-lure');
    expect(
      lures('Alerta de almacenamiento', 'Su almacenamiento en iCloud está lleno. Actualice antes de que se eliminen los archivos.'),
    ).toContain('credential-lure');
  });
  it('ordinary bank news, a German account notice without threat, and a closed ticket stay clean', () => {
    expect(lures('Quarterly report', 'Our review of the accounts payable process is complete. See the attached summary.')).toEqual([]);
    expect(lures('Ihr Konto', 'Ihr Konto wurde erfolgreich eingerichtet. Viel Spaß!')).toEqual([]);
    expect(lures('Ticket closed', 'Your ticket was closed. Reply to this email to reopen it.')).toEqual([]);
  });
});

describe('lure phrases added for cloud storage, 2FA and flagged accounts', () => {
  it('a cloud account that may be suspended, with a push', () => {
    expect(lures('Your Cloud account may be suspended', 'Click here to renew your plan.')).toContain('credential-lure');
  });
  it('photos deletion with hours left', () => {
    expect(lures('24 Hours Left – Prevent Photos & Videos Deletion', 'Storage limit reached. Click here to upgrade.')).toEqual([
      'credential-lure',
      'urgency-lure',
    ]);
  });
  it('a 2FA verification to complete, and a randomly flagged account', () => {
    expect(lures('Kraken Update', 'Please complete the latest 2FA verification. Take action as soon as possible.')).toContain(
      'credential-lure',
    );
    expect(lures('Security Measures', 'Your account has been randomly flagged. Click here to verify your information.')).toContain(
      'credential-lure',
    );
  });
  it('a storage upgrade announcement without threat stays clean', () => {
    expect(lures('New plans', 'We doubled the storage of every plan. Nothing to do on your side.')).toEqual([]);
  });
});
