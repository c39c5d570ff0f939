import { ESP_DOMAINS, FREE_MAIL, MESSAGE_ID_PLATFORMS } from './sender-lists.js';
import { CLICK_TRACKERS } from './click-trackers.js';
import { isEspDomain, isFreeMail, isMessageIdPlatform } from './domain-sets.js';

describe('hand-kept domain lists', () => {
  for (const [name, list] of Object.entries({ FREE_MAIL, ESP_DOMAINS, MESSAGE_ID_PLATFORMS, CLICK_TRACKERS })) {
    it(`${name} is sorted, unique, lower-case domain names`, () => {
      expect([...list].sort()).toEqual([...list]);
      expect(new Set(list).size).toBe(list.length);
      for (const d of list) expect(d).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    });
  }
  it('matches subdomains through the registrable domain', () => {
    expect(isEspDomain('us-west-2.amazonses.com')).toBe(true);
    expect(isFreeMail('GMAIL.com')).toBe(true);
    expect(isFreeMail('kagoya.net')).toBe(false);
    expect(isMessageIdPlatform('ty2pr01mb1234.jpnprd01.prod.outlook.com')).toBe(true);
  });
});
