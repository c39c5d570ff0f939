import { lureFindings } from './index.js';
import { makeLink } from '../test-message.js';
import { registrableDomainOf } from '../../net/registrable.js';

const text = 'Please log in to your account within 24 hours to confirm your details, or your account will be suspended.';
const lure = (fromDomain: string, hrefs: string[]) =>
  lureFindings({
    subject: 'Account review',
    text,
    html: '',
    links: hrefs.map((h) => makeLink(h, { registrableDomain: registrableDomainOf(new URL(h).hostname) })),
    fromDomain,
  })
    .filter((f) => f.id === 'credential-lure')
    .map((f) => f.severity);

describe('a lure whose links all stay with the brand sending it (issue #12)', () => {
  it("the bank's own notice, linking only to the bank's sites, is one step weaker", () => {
    expect(lure('boy.co.jp', ['https://www.boy.co.jp/kojin/kakunin/'])).toEqual(['low']);
  });
  it('phishing: a link anywhere else, a sender no brand owns, or no link keeps the lure as it was', () => {
    expect(lure('boy.co.jp', ['https://www.boy.co.jp/', 'https://boy-kakunin.example.com/a'])).toEqual(['medium']);
    expect(lure('boy-kakunin.example.com', ['https://boy-kakunin.example.com/a'])).toEqual(['medium']);
    expect(lure('boy.co.jp', [])).toEqual(['medium']);
  });
});
