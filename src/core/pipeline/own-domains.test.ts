import { addr, makeMessage } from '../rules/test-message.js';
import { inferOwnDomains, orgLabelsOf } from './own-domains.js';

describe('inferOwnDomains', () => {
  it('prefers configured domains (registrable form), then Delivered-To, then To', () => {
    const msg = makeMessage({ deliveredTo: ['info@mail.example.jp'], to: [addr('bob@other.example')] });
    expect(inferOwnDomains(msg, ['Corp.Example', 'user@sub.corp.example'])).toEqual(['corp.example']);
    expect(inferOwnDomains(msg, [])).toEqual(['example.jp']);
    expect(inferOwnDomains(makeMessage({ to: [addr('bob@other.example'), addr('c@gmail.com')] }), [])).toEqual([
      'other.example',
      'gmail.com',
    ]);
    expect(inferOwnDomains(makeMessage(), [])).toEqual([]);
  });
  it('keeps free-mail domains as own but not as organisation names', () => {
    expect(orgLabelsOf(['gmail.com', 'example-corp.co.jp', 'ab.com'])).toEqual(['example-corp']);
  });
});
