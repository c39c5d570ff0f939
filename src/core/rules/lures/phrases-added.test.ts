import { lureFindings } from './index.js';
import { lureText } from './normalize.js';

const lures = (subject: string, text = '') => lureFindings({ subject, text, html: '', links: [] }).map((f) => f.id);

describe('lure text normalisation and added phrase families', () => {
  it('phrases run across line breaks of wrapped text', () => {
    expect(lures('Notice', 'you will have to confirm that you are\nthe real owner of the account. Click\nhere')).toContain(
      'credential-lure',
    );
  });
  it('a capital I standing for l inside a word is folded', () => {
    expect(lureText('ActuaIice su informacion', '', '')).toContain('actualice su informacion');
    expect(lureText('IBM and USA', '', '')).toContain('ibm and usa');
  });
  it('fake antivirus expiry with a renew push', () => {
    expect(lures('Protection Inactive', 'Your security subscription has expired. Your device is unprotected. Renew now.')).toContain(
      'credential-lure',
    );
  });
  it('file-transfer notices and Spanish/Portuguese verification lures', () => {
    expect(lures('New files', 'You have received 13 files. Get your files before they are deleted.')).toContain('credential-lure');
    expect(
      lures('Transferencia entrante', 'La transferencia requiere su confirmación. Confírmela iniciando sesión en un plazo de 24 horas.'),
    ).toContain('credential-lure');
    expect(lures('Aviso', 'Registros que necessitam de verificação. Clique aqui para acessar.')).toContain('credential-lure');
  });
  it('ordinary release notes stay clean', () => {
    expect(lures('Release 2.1', 'You have received this because you are subscribed. The security team fixed a bug.')).toEqual([]);
  });
});
