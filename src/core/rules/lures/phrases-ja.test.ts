import { matchLures } from './match.js';
import { lureFindings } from './index.js';
import { lureText } from './normalize.js';
import { JA_ACTION_PATTERNS, JA_THREAT_FAMILIES, JA_WEAK_URGENCY_PATTERNS } from './phrases-ja.js';

const lures = (subject: string, text = '') => lureFindings({ subject, text, html: '', links: [] }).map((f) => f.id);
const kinds = (subject: string, text = '') => [...matchLures(lureText(subject, text, '')).threats.keys()];

describe('Japanese lure phrases (phrases-ja.ts)', () => {
  it('a charge you did not make, with a link to cancel it', () => {
    const text = 'ご利用金額：16,580円\nカードを使用した覚えがない場合は、以下のリンクをクリックしてカード使用の詳細を確認してください。';
    expect(kinds('【カード】ご利用内容のお知らせ', text)).toContain('unrecognised-charge');
    expect(lures('【カード】ご利用内容のお知らせ', text)).toContain('credential-lure');
    expect(
      kinds(
        'ご注文の確認',
        '誰かが別のデバイスからこの注文を購入しました。[注文の詳細を表示する]をクリックして、この注文をキャンセルしてください。',
      ),
    ).toContain('unrecognised-charge');
  });
  it('spaces between Japanese characters do not hide a phrase', () => {
    expect(lureText('', 'カ ー ド の利用を一時停 止しました。以下 の リ ン ク', '')).toContain(
      'カードの利用を一時停止しました。以下のリンク',
    );
    expect(lures('お知らせ', 'カ ー ドを使用した覚えがない場合は、以下 の リ ン ク をクリ ッ ク してください')).toContain(
      'credential-lure',
    );
    // Latin words keep their spaces.
    expect(lureText('', 'click the link below', '')).toBe('click the link below');
  });
  it('identity proof written as 身元確認, unfinished verification or payment, a forced contract upgrade', () => {
    expect(kinds('', 'セキュリティ上の理由から、身元を確認するために情報を入力してください')).toContain('verification');
    expect(lures('', 'SMS認証設定が未完了となっております。以下のリンクよりログインのうえ、設定を行ってください。')).toContain(
      'credential-lure',
    );
    expect(
      lures(
        '【ETC】決済方法の確認が必要です',
        'ご登録カードにおいて、決済処理が正常に完了しておらず、対応が必要です。支払い情報を確認する',
      ),
    ).toContain('credential-lure');
    expect(kinds('', 'アプリを最新版にアップグレードする必要があります')).toEqual([]);
    expect(kinds('', 'NHK契約をアップグレードする必要があります')).toContain('verification');
  });
  it('points or miles "not yet credited" are reward bait', () => {
    expect(kinds('【ANA】未加算マイルの有効期限がまもなく終了します')).toContain('prize');
    expect(lures('未加算マイルの有効期限がまもなく終了します', '今すぐお手続きください')).toContain('credential-lure');
    expect(kinds('ANAとJALのマイルを比較', '未加算のマイルがある場合は事後登録できます。続きはこちらのページ')).toEqual([]);
  });
  it('the push: re-register ID and password, log in via "こちら", and "at once" aimed at that step', () => {
    const text =
      'あなたの口座が資金の安全のために凍結されたのですが、すぐにWEBサービスIDとパスワードを再登録して、制限を解除しなければなりません\n▼MyJCBログインはこちら';
    const m = matchLures(lureText('', text, ''));
    expect(m.actions).toEqual(expect.arrayContaining(['再登録して', 'ログインはこちら']));
    expect(m.pressure.join()).toContain('すぐに');
    expect(lures('アカウントがロックされている', text)).toEqual(['credential-lure', 'urgency-lure']);
  });
  it("a bank's own customer-information review with a reply deadline is at most a credential lure, never urgency", () => {
    const text =
      '当行では、定期的にお客さま情報・お取引目的等の確認を行っております。下記のリンクよりログインのうえ、ご回答をお願いいたします。\n回答期限：2026年1月31日\n期限を過ぎた場合、お取引を制限させていただく場合がございます。';
    expect(lures('【銀行】お客さま情報・お取引目的等のご確認のお願い', text)).not.toContain('urgency-lure');
  });

  // Near misses: what a bank, card company or shop really writes from its own domain.
  it('a card company alert that sends you to the phone number on the card is not a lure', () => {
    const text =
      'いつも当社カードをご利用いただきありがとうございます。\nお心当たりのないご利用の場合は、すぐにカード裏面の電話番号までお電話ください。\n※本メールは送信専用です。';
    expect(lures('ご利用のお知らせ', text)).toEqual([]);
  });
  it('an order confirmation, a delivery notice and a point statement are not lures', () => {
    expect(
      lures('ご注文の確認', 'ご注文ありがとうございます。商品はすぐに発送いたします。注文内容は以下のリンクからご確認いただけます。'),
    ).toEqual([]);
    expect(lures('発送のお知らせ', 'ご注文の商品を本日発送しました。お届け予定日：5月3日')).toEqual([]);
    expect(
      lures('ポイント獲得のお知らせ', '今月のご利用で100ポイントを獲得しました。ポイント残高はこちらのページでご確認ください。'),
    ).toEqual([]);
  });
  it('a service notice about setup and a newsletter "すぐに" stay clean', () => {
    expect(lures('メンテナンスのお知らせ', '5月10日 2:00〜5:00 にシステムメンテナンスを行います。ご不便をおかけします。')).toEqual([]);
    expect(lures('新商品のご案内', '新商品がすぐに届く!詳しくは以下のページをご覧ください。')).toEqual([]);
  });

  it('tables are lower-case NFKC literals that the normaliser can produce (no spaces between Japanese characters)', () => {
    const all = [...JA_THREAT_FAMILIES.flatMap((f) => f.patterns), ...JA_ACTION_PATTERNS, ...JA_WEAK_URGENCY_PATTERNS];
    for (const re of all) {
      expect(re.flags, re.source).toBe('');
      expect(re.source, re.source).toBe(re.source.normalize('NFKC').toLowerCase());
      expect(re.source, re.source).not.toMatch(
        /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}] [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
      );
    }
  });
});
