// Whole analyses of Japanese notices (issue #12, Japanese target): the kinds of phishing the corpus missed are flagged,
// and what the real bank, card company, shop or a third party writes is not. Japanese legitimate mail is scarce in the
// corpus (10 messages), so these generated near misses stand in for it.
import { describe, it, expect } from 'vitest';
import { analyzeMessage } from '../../analyze.js';
import { createNoneResolver } from '../../dns/index.js';

const b64 = (s: string) => `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
const eml = (name: string, address: string, subject: string, body: string) =>
  new TextEncoder().encode(
    `From: ${b64(name)} <${address}>\r\nTo: taro@example.jp\r\nSubject: ${b64(subject)}\r\nDate: Tue, 1 Dec 2026 10:00:00 +0900\r\n` +
      `Message-ID: <a1@${address.split('@')[1]}>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`,
  );

async function verdict(raw: Uint8Array) {
  const r = await analyzeMessage(raw, { resolver: createNoneResolver(), now: () => 0, offline: true } as never);
  return { verdict: r.verdict, ids: r.findings.filter((f) => f.severity !== 'info').map((f) => f.id) };
}
const flagged = (v: string) => v === 'caution' || v === 'danger';

describe('Japanese phishing kinds the corpus missed', () => {
  it('a card-use notice for a brand, from an unrelated domain, with a link to cancel the charge', async () => {
    const r = await verdict(
      eml(
        '自動メール送信',
        'no-reply@vhy14.example.com',
        '【三井住友 カード】ご利用内容のお知らせ',
        '三 井 住 友 カ ー ドをご利用いただき、誠にありがとうございます。\nご利用金額：16,580円\nカードを使用した覚えがない場合は、以下 の リ ン ク をクリ ッ ク してください。\nhttps://nyc-painters.example.com/\n■発行者■ 三井住友カード株式会社',
      ),
    );
    expect(r.ids).toEqual(expect.arrayContaining(['credential-lure', 'lure-brand-elsewhere']));
    expect(flagged(r.verdict), r.verdict).toBe(true);
  });
  it('a spaced-out bank name on an unrelated domain asking to verify after a blocked login', async () => {
    const r = await verdict(
      eml(
        '横 浜 銀 行',
        'no-reply@sxamyl.example.net',
        '横浜銀行の重要なお知らせ',
        'あなたのアカウントはセキュリティポリシーによってブロックされました。下記URLから専用サイトにアクセスいただきご本人確認してください\nhttps://cgqrzt.example.org/a.php',
      ),
    );
    expect(r.ids).toEqual(expect.arrayContaining(['display-name-brand-mismatch', 'credential-lure']));
    expect(flagged(r.verdict), r.verdict).toBe(true);
  });
});

describe('Japanese legitimate notices stay unflagged', () => {
  it("a card company's own use alert that sends you to the phone number on the card", async () => {
    const r = await verdict(
      eml(
        '三井住友カード',
        'info@vpass.ne.jp',
        '【三井住友カード】ご利用のお知らせ',
        'ご利用金額：3,200円\nご利用内容に心当たりがない場合は、すぐにカード裏面の電話番号へお問い合わせください。\nご利用明細はVpassにログインのうえご確認ください。\nhttps://www.smbc-card.com/mem/index.jsp',
      ),
    );
    expect(flagged(r.verdict), `${r.verdict} ${r.ids.join()}`).toBe(false);
  });
  it("a bank's own customer-information review with a reply deadline", async () => {
    const r = await verdict(
      eml(
        '横浜銀行',
        'info@boy.co.jp',
        '【横浜銀行】お客さま情報・お取引目的等のご確認のお願い',
        '当行では、定期的にお客さま情報・お取引目的等の確認を行っております。\n下記のリンクよりログインのうえ、ご回答をお願いいたします。\nhttps://www.boy.co.jp/kojin/kakunin/\n回答期限：2026年1月31日\nご回答いただけない場合、お取引を制限させていただく場合がございます。',
      ),
    );
    expect(r.ids).not.toContain('urgency-lure');
    expect(flagged(r.verdict), `${r.verdict} ${r.ids.join()}`).toBe(false);
  });
  it('an order confirmation, a mileage expiry and a local JA notice from their own domains', async () => {
    for (const raw of [
      eml(
        'Amazon.co.jp',
        'auto-confirm@amazon.co.jp',
        'Amazon.co.jpでのご注文',
        'ご注文の確認をお知らせします。注文内容は以下のリンクからご確認いただけます。\nhttps://www.amazon.co.jp/gp/css/order-history',
      ),
      eml(
        'JALマイレージバンク',
        'info@jal.co.jp',
        '【JAL】マイルの有効期限のお知らせ',
        '2026年1月末で有効期限を迎えるマイルがございます。\nマイルの使い道はこちらのページをご覧ください。\nhttps://www.jal.co.jp/jp/ja/jmb/',
      ),
      eml(
        'JAバンク',
        'info@ja-example.or.jp',
        '【JAバンク】年末年始のATM稼働のお知らせ',
        '年末年始のATM稼働時間をお知らせします。詳しくは以下のリンクをご覧ください。\nhttps://www.jabank.org/atm',
      ),
    ]) {
      const r = await verdict(raw);
      expect(flagged(r.verdict), `${r.verdict} ${r.ids.join()}`).toBe(false);
    }
  });
  it('a third-party column that names airlines and miles in the subject', async () => {
    const r = await verdict(
      eml(
        'たびニュース',
        'info@tabi.example.jp',
        'ANAとJALのマイルを比較',
        '未加算のマイルがある場合は事後登録できます。続きはこちらのページ\nhttps://tabi.example.jp/miles',
      ),
    );
    expect(flagged(r.verdict), `${r.verdict} ${r.ids.join()}`).toBe(false);
  });
});
