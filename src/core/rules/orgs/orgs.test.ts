import { describe, it, expect } from 'vitest';
import { orgCatalog, orgsOwning } from '../../reference/orgs/catalog.js';
import { orgNamesIn } from '../../reference/orgs/org-names.js';
import { orgNameSenderFindings, type OrgSenderInput } from './org-name-sender.js';
import { orgNameLinkFindings, orgNameInHost } from './org-name-link-host.js';
import { addr, makeLink } from '../test-message.js';
import type { LinkInfo } from '../../model/link.js';

function sender(address: string, name: string, over: Partial<OrgSenderInput> = {}) {
  return orgNameSenderFindings({ from: addr(address, name), subject: '', freeMail: false, listRewrite: false, earlier: [], ...over });
}

const link = (url: string): LinkInfo => makeLink(url);

describe('generated organisation catalogue', () => {
  it('has banks, carriers, telecoms, shops and government agencies of several countries, with owned domains', () => {
    const orgs = orgCatalog();
    expect(orgs.length).toBeGreaterThan(1500);
    const kinds = new Set(orgs.map((o) => o.kind));
    for (const k of ['bank', 'carrier', 'telecom', 'shop', 'government', 'insurance']) expect(kinds).toContain(k);
    const canadaPost = orgs.find((o) => o.names.includes('Canada Post'));
    expect(canadaPost?.domains).toContain('canadapost.ca');
    expect(orgs.some((o) => o.countries.includes('jp') && o.names.includes('日本年金機構'))).toBe(true);
    expect(orgs.some((o) => o.countries.includes('br'))).toBe(true);
  });

  it('gives national agencies their government namespace and finds owners through parent domains', () => {
    const owners = orgsOwning('www.nenkin.go.jp');
    expect(owners.some((o) => o.names.includes('日本年金機構'))).toBe(true);
    expect(orgsOwning('nenkin-go.jp.example.com').some((o) => o.names.includes('日本年金機構'))).toBe(false);
  });
});

describe('organisation names in text', () => {
  it('matches whole tokens only, never inside another word', () => {
    expect(orgNamesIn('Canada Post Notice').map((h) => h.entry.name)).toContain('Canada Post');
    expect(orgNamesIn('Targeted offers for you')).toEqual([]);
    expect(orgNamesIn('Allianzversicherung')).toEqual([]);
  });

  it("matches a name after leading or trailing - ' & of its first word, and not otherwise changed words", () => {
    expect(orgNamesIn("'Canada Post' notice").map((h) => h.entry.name)).toContain('Canada Post');
    expect(orgNamesIn('--Canada Post--').map((h) => [h.entry.name, h.index])).toContainEqual(['Canada Post', 2]);
    expect(orgNamesIn('&Canada Post').map((h) => h.entry.name)).toContain('Canada Post');
    expect(orgNamesIn('Can-ada Post').map((h) => h.entry.name)).not.toContain('Canada Post');
  });

  it('matches short names only as written', () => {
    expect(orgNamesIn('CTT Expresso').map((h) => h.entry.name)).toContain('CTT');
    expect(orgNamesIn('ctt expresso').map((h) => h.entry.name)).not.toContain('CTT');
  });

  it('matches Japanese names on NFKC text but not inside a longer katakana word', () => {
    expect(orgNamesIn('【日本年金機構】').map((h) => h.entry.name)).toContain('日本年金機構');
    expect(orgNamesIn('ｺｼﾞﾏ').map((h) => h.entry.name)).toContain('コジマ');
    expect(orgNamesIn('エコジマート').map((h) => h.entry.name)).not.toContain('コジマ');
  });
});

describe('org-name-unrelated-sender', () => {
  it('fires when a distinct name comes from an unrelated domain or a free mailbox', () => {
    const f = sender('n@equalitystatebookfest.example', 'Canada Post');
    expect(f.map((x) => `${x.id}:${x.severity}`)).toEqual(['org-name-unrelated-sender:medium']);
    expect(f[0]!.params.domains).toContain('canadapost.ca');
    expect(f[0]!.evidence[0]!.value).toBe('Canada Post');
    expect(sender('someone@gmail.com', 'State Farm Insurance', { freeMail: true })[0]?.params.freeMail).toBe('yes');
  });

  it("stays silent for the organisation's own domains and for domains carrying its name", () => {
    expect(sender('news@mail.canadapost.ca', 'Canada Post')).toEqual([]);
    expect(sender('info@statefarm-agent-smith.example', 'State Farm')).toEqual([]);
  });

  it('needs context for one-word and common-word names', () => {
    expect(sender('x@helloadmin.example', 'Canadapost').length).toBe(0);
    expect(sender('x@helloadmin.example', 'Popeyes').length).toBe(1);
    // An ordinary word alone is not a claim ("guardian" of a news feed); with service wording it is.
    expect(sender('rssfeeds@news.example', 'guardian')).toEqual([]);
    expect(sender('x@helloadmin.example', 'Target')).toEqual([]);
    expect(sender('x@helloadmin.example', 'Target Customer Support').length).toBe(1);
    expect(sender('joe@family.example', 'Joe Target')).toEqual([]);
    // A surname that is also a shop's name, on the person's own mailbox.
    expect(sender('kojima@company.example', 'Kojima')).toEqual([]);
  });

  it('leaves brands of the curated pack to the pack rules', () => {
    expect(sender('x@evil.example', 'Wells Fargo')).toEqual([]);
    expect(sender('x@evil.example', 'Canada Post', { earlier: [{ id: 'display-name-brand-mismatch' }] })).toEqual([]);
  });

  it('does not judge a From rewritten by a mailing list', () => {
    expect(sender('list@lists.example', 'Canada Post via Members', { listRewrite: true })).toEqual([]);
  });

  it('reads a subject only when it opens with the name as a tag', () => {
    const tagged = sender('x@evil.example', 'Info', { subject: '【日本年金機構】年金の手続き' });
    expect(tagged.map((x) => `${x.id}:${x.severity}`)).toEqual(['org-name-unrelated-sender:low']);
    expect(tagged[0]!.params.place).toBe('subject');
    expect(sender('x@evil.example', 'Info', { subject: 'Canada Post: parcel on hold' }).length).toBe(1);
    expect(sender('x@news.example', 'Info', { subject: 'Why Canada Post is on strike' })).toEqual([]);
  });
});

describe('curated organisations and Japanese name forms', () => {
  it('lists the curated crypto, card and online-service organisations with their own domains', () => {
    const kraken = orgCatalog().find((o) => o.id === 'cur:kraken');
    expect(kraken?.kind).toBe('crypto');
    expect(kraken?.commonNames).toContain('Kraken');
    expect(orgsOwning('www.kraken.com').map((o) => o.id)).toContain('cur:kraken');
    expect(orgsOwning('kraken.com.evil.example').map((o) => o.id)).not.toContain('cur:kraken');
    // The 2026 name-suggestion-index snapshot adds brokers and tax preparers (websites from Wikidata).
    expect(orgsOwning('client.schwab.com').some((o) => o.names.includes('Charles Schwab'))).toBe(true);
  });

  it('claims a Japanese tag behind the tags a list or filter put in front of the subject', () => {
    const f = sender('no-reply@vhy14.example', '自動メール送信', { subject: '[V9fs-developer] 【SBI証券】お取引パスワードの再設定' });
    expect(f.map((x) => `${x.id}:${x.severity}`)).toEqual(['org-name-unrelated-sender:low']);
    expect(f[0]!.params.org).toBe('SBI証券');
    // (国税庁 is a brand of the curated pack now, whose claim display-name-brand-mismatch reports; 日本年金機構 is catalogue-only.)
    expect(sender('x@evil.example', 'Info', { subject: '[SPAM] [list] 【日本年金機構】未納のお知らせ' })[0]?.params.org).toBe(
      '日本年金機構',
    );
    expect(sender('x@news.example', 'Info', { subject: '[V9fs-developer] SBI証券の決算について' })).toEqual([]);
    expect(sender('info@sbisec.co.jp', 'SBI証券', { subject: '【SBI証券】お知らせ' })).toEqual([]);
  });

  it('needs context for an ambiguous crypto name: service wording or the subject naming it too', () => {
    expect(sender('daniela@wiama.example', 'Kraken')).toEqual([]);
    expect(sender('daniela@wiama.example', 'Kraken', { subject: 'Release the kraken: our team offsite' })).toEqual([]);
    expect(sender('daniela@wiama.example', 'Kraken', { subject: '[Kraken] Review the latest terms' }).length).toBe(1);
    expect(sender('x@helloadmin.example', 'Exodus Support').length).toBe(1);
    expect(sender('support@kraken.com', 'Kraken', { subject: 'Kraken: your statement' })).toEqual([]);
    // A brand of the curated pack whose product shares the name is a known sender, not a stranger.
    expect(sender('gemini-noreply@google.com', 'Gemini', { subject: 'Gemini: what is new' })).toEqual([]);
    expect(sender('gemini-noreply@evil.example', 'Gemini', { subject: 'Gemini: what is new' }).length).toBe(1);
    // A curated name that is also a person's name is marked common: a person is not taken for the brokerage.
    expect(sender('nomura@gmail.com', 'Nomura', { freeMail: true })).toEqual([]);
    expect(sender('x@evil.example', 'Visa Services')).toEqual([]);
    // A curated brand on a mailbox named after it at another domain is still a claim (it is not a surname).
    expect(sender('exodus@cryptonewsletter.example', 'Exodus', { subject: 'New Exodus Desktop Update' }).length).toBe(1);
  });

  it('matches a distinct curated name and a Japanese display name', () => {
    expect(sender('postmaster@mg.beepsafe.example', 'Charles Schwab & Co., Inc.')[0]?.params.org).toBe('Charles Schwab');
    expect(sender('x@evil.example', 'United Healthcare Billing')[0]?.params.org).toBe('United Healthcare');
    expect(sender('x@evil.example', '日本年金機構 お知らせ')[0]?.params.org).toBe('日本年金機構');
    // Names pulled apart or glued to service wording are still read.
    expect(sender('x@sxamyl.example', '武 蔵 野 銀 行')[0]?.params.org).toBe('武蔵野銀行');
    expect(sender('x@iceapple.example', 'Celsius.Network')[0]?.params.org).toBe('Celsius Network');
    expect(sender('x@tlataax.example', '*SiriusXM-Membership*')[0]?.params.org).toBe('SiriusXM');
    expect(sender('x@universe.example', 'OpenSea Token')[0]?.params.org).toBe('OpenSea');
    expect(sender('x@universe.example', 'OpenSea Marketplace Analytics')).toEqual([]);
  });
});

describe('org-name-in-link-host', () => {
  it('finds a distinctive name in a host its organisation does not own', () => {
    expect(orgNameInHost('allianz-murex.vercel.app')?.name).toBe('Allianz');
    expect(orgNameInHost('canada-post.delivery-fee.example')?.name).toBe('Canada Post');
    const f = orgNameLinkFindings(
      [link('https://allianz-murex.vercel.app/'), link('https://www.example.org/')],
      'x@evil.example'.split('@')[1]!,
    );
    expect(f.map((x) => x.id)).toEqual(['org-name-in-link-host']);
    expect(f[0]!.evidence.map((e) => e.value)).toEqual(['https://allianz-murex.vercel.app/']);
  });

  it("ignores owned hosts, ordinary words, names glued inside a label, and the organisation's own mail", () => {
    expect(orgNameLinkFindings([link('https://www.allianz.com/de')], null)).toEqual([]);
    expect(orgNameInHost('www.progressive-systems.com')).toBeNull();
    expect(orgNameInHost('www.info-personal.com')).toBeNull();
    expect(orgNameInHost('allianzarena.example')).toBeNull();
    expect(orgNameInHost('www.allianz.com.mx')).toBeNull();
    expect(orgNameInHost('allianz.login-check.example')?.name).toBe('Allianz');
    expect(orgNameLinkFindings([link('https://allianz.partner-portal.example/')], 'allianz.com')).toEqual([]);
  });

  it('finds curated names in hosts but never the ambiguous ones', () => {
    expect(orgNameInHost('bittrex-claims.example')?.name).toBe('Bittrex');
    expect(orgNameInHost('kraken-login.example')).toBeNull();
    expect(orgNameInHost('exodus-wallet-update.example')?.name).toBe('Exodus Wallet');
  });
});
