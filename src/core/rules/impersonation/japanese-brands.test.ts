// Japanese brands of the curated pack (issue #12, Japanese phishing recall): names spaced out to hide them, brands
// added with their own domains, and the near misses a Japanese reader gets from the real companies.
import { brandClaimFindings } from './brand-claim.js';
import { brandsNamedIn } from './brand-names.js';
import { addr } from '../test-message.js';
import { entityOwningDomain } from '../../reference/brands/index.js';
import { joinJapanese } from '../../text/short-text-forms.js';
import type { LinkInfo } from '../../model/link.js';

const ctx = { links: [] as LinkInfo[], listRewrite: false, freeMail: false };
const ids = (text: string) => brandsNamedIn(text).map((b) => b.entity.id);
const claim = (address: string, name: string) => brandClaimFindings(addr(address, name), ctx).map((f) => `${f.id}:${f.severity}`);

describe('Japanese brand names in display names and subjects', () => {
  it('a name spaced out between its Japanese characters is still the name', () => {
    expect(joinJapanese('横 浜 銀 行')).toBe('横浜銀行');
    expect(joinJapanese('【三井住友 カード】 お支払い')).toBe('【三井住友カード】 お支払い');
    expect(joinJapanese('JCB Card ご案内')).toBe('JCB Card ご案内');
    expect(ids('横 浜 銀 行')).toEqual(['boy']);
    expect(ids('【三 井 住 友 カ ー ド】')).toContain('smbc-card');
  });
  it('names the added brands in Japanese and Latin', () => {
    expect(ids('【野村證券】【重要】本人確認情報の更新について')).toEqual(['nomura']);
    expect(ids('ＪＡネットバンク')).toEqual(['ja-netbank']);
    expect(ids('エムアイカード')).toEqual(['micard']);
    expect(ids('【楽天証券】口座セキュリティ強化')).toEqual(['rakuten']);
    expect(ids('VIEWCARD')).toEqual(['eki-net']);
    expect(ids('ETC-MEISAI')).toEqual(['etc-meisai']);
    expect(ids('日本放送協会(NHKプラス)')).toEqual(['nhk']);
  });
  it('JAバンク, the name every local JA writes under from its own domain, is not a claim; its sites are owned', () => {
    expect(ids('JAバンク')).toEqual([]);
    expect(claim('info@ja-example.or.jp', 'JAバンク')).toEqual([]);
    expect(entityOwningDomain('www.jabank.org')?.id).toBe('ja-netbank');
  });
  it('a person called Ana or Nomura is not a brand; a surname alone names nothing', () => {
    expect(ids('Ana Silva')).toEqual([]);
    expect(ids('野村 太郎')).toEqual([]);
    expect(claim('ana.souza@example.com.br', 'ANA SOUZA')).toEqual([]);
  });
});

describe('display-name-brand-mismatch for the added Japanese brands', () => {
  it('the brand on a domain it does not own', () => {
    expect(claim('no-reply@sxamyl.example', '横 浜 銀 行')).toEqual(['display-name-brand-mismatch:medium']);
    expect(claim('okamoto@shimabara.example', 'ＪＡネットバンク')).toEqual(['display-name-brand-mismatch:medium']);
    expect(claim('service@info18.example.cfd', 'ANA')).toEqual(['display-name-brand-mismatch:medium']);
    expect(claim('no-reply@service.example.cn', 'ETC-MEISAI')).toEqual(['display-name-brand-mismatch:medium']);
  });
  it('the brand writing from its own domains', () => {
    expect(claim('info@boy.co.jp', '横浜銀行')).toEqual([]);
    expect(claim('info@janetbank.jp', 'JAネットバンク')).toEqual([]);
    expect(claim('info@viewsnet.jp', 'ビューカード')).toEqual([]);
    expect(claim('ana_mileage@121.ana.co.jp', 'ANA')).toEqual([]);
    expect(claim('noreply@nomura.co.jp', '野村證券')).toEqual([]);
    expect(claim('info@mail.nhk.or.jp', 'NHK')).toEqual([]);
    expect(entityOwningDomain('www2.micard.co.jp')?.id).toBe('micard');
  });
  it('a card issuer naming the card network of its own card is not claiming the network', () => {
    expect(claim('offers@milestonecard.example', 'Milestone Mastercard')).toEqual([]);
    expect(claim('cards@citi.example', 'Costco Anywhere Visa Card')).toEqual([]);
    expect(claim('info@visa-travel.example', 'Visa Application Centre')).toEqual([]);
  });
});
