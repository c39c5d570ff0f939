import { ACTION_PATTERNS, DEADLINE_PATTERNS, THREAT_FAMILIES, WEAK_URGENCY_PATTERNS } from './phrases.js';
import { matchLures } from './match.js';
import { lureText } from './normalize.js';

const norm = (s: string) => lureText(s, '', '');
const families = (s: string) => [...matchLures(norm(s)).threats.keys()];

/** Per family: phrases that must match it, and ordinary sentences that must not. */
const CASES: Record<string, { hit: string[]; miss: string[] }> = {
  'password-expiry': {
    hit: [
      'Your password will expire today',
      'パスワードの有効期限が切れます',
      'このメールのパスワードは72時間で機能しなくなります',
      'Password expiration notice',
    ],
    miss: ['Forgot your password? Reset it on the site.', 'パスワードの変更も不要です', 'the password expiry policy in the patch'],
  },
  'account-lockout': {
    hit: [
      'Your mailbox will be suspended',
      'メールのロックアウトを回避するために',
      'アカウントが一時的にロックされました',
      'we will deactivate your account',
    ],
    miss: ['Manage your account settings', 'サービスを一時停止いたします'],
  },
  verification: {
    hit: [
      'Please verify your account',
      '本人確認のお願い',
      '再認証が必要です',
      'We detected unusual sign-in activity',
      '不正ログインを検知しました',
    ],
    miss: ['We verified the build on CI', 'アカウントを作成しました'],
  },
  'security-subscription': {
    hit: ['Your antivirus subscription has expired', 'Your device is currently unprotected', 'Protection inactive'],
    miss: ['The security team renewed the certificate', 'Your subscription to the list is confirmed'],
  },
  'storage-full': {
    hit: ['Your mailbox is almost full', 'メールボックスの容量が上限に達しました', 'Storage quota exceeded'],
    miss: ['The storage team meets on Friday'],
  },
  'held-mail': {
    hit: [
      'You have 5 pending incoming messages',
      '未受信メールが3件あります',
      '保留中のメールがあります',
      'メッセージを送信できませんでした',
    ],
    miss: ['I sent the messages yesterday'],
  },
  'shared-document': {
    hit: [
      'Nathan shared "Order List.xlsx" with you',
      'info@x.example sent you files via WeTransfer',
      'He invited you to view the file',
      'ファイルが共有されました',
    ],
    miss: ['I shared my thoughts on the list'],
  },
  payment: {
    hit: ['Your payment failed', 'Your card has been declined', 'お支払いが確認できません', 'クレジットカードの利用制限'],
    miss: ['Payment received, thank you'],
  },
  parcel: {
    hit: ['Your package could not be delivered', 'お荷物をお届けできませんでした', '不在のため持ち帰りました', '再配達のご依頼'],
    miss: ['Delivery is free over $50'],
  },
  prize: {
    hit: [
      "Congratulations, you're our lucky winner",
      'You have won an iPhone',
      'ご当選しました',
      'Claim your reward',
      'Congratulations to you, our prize winner',
      'Congratulations! You won a gift card',
    ],
    // issue #12: a contest newsletter congratulating other people is no prize for the reader
    miss: ['Our team won an award last year', 'Congratulations to our Winners: Jane Doe, Boston', 'Congratulations to the prize winners'],
  },
};

describe('lure phrase families', () => {
  it('covers every family with cases', () => {
    expect(Object.keys(CASES).sort()).toEqual(THREAT_FAMILIES.map((f) => f.id).sort());
  });
  for (const [id, { hit, miss }] of Object.entries(CASES)) {
    it(`${id}: matches its phrases and not ordinary sentences`, () => {
      for (const s of hit) expect(families(s), s).toContain(id);
      for (const s of miss) expect(families(s), s).not.toContain(id);
    });
  }
  it('actions and deadlines, English and Japanese, after NFKC and invisible-character removal', () => {
    const m = matchLures(norm('Ｃｌｉｃｋ\u200b here within 72 hours. 24時間以内に以下のリンクからログインしてください。至急'));
    expect(m.actions.length).toBeGreaterThanOrEqual(2);
    expect(m.deadlines).toEqual(expect.arrayContaining(['within 72 hours', '24時間以内', '至急']));
    expect(matchLures(norm('Please reply immediately')).pressure).toEqual(['immediately']);
  });
  it('every pattern is fast on 100 KB inputs (linear, no catastrophic backtracking)', () => {
    const inputs = [
      'a'.repeat(100_000),
      'password '.repeat(11_000),
      'パスワード'.repeat(20_000),
      'メール保留'.repeat(20_000),
      'within 1'.repeat(12_000),
      'click '.repeat(16_000),
    ];
    const all = [...THREAT_FAMILIES.flatMap((f) => f.patterns), ...ACTION_PATTERNS, ...DEADLINE_PATTERNS, ...WEAK_URGENCY_PATTERNS];
    for (const re of all) {
      for (const s of inputs) {
        const t0 = performance.now();
        re.exec(s);
        // Generous bound: a backtracking blow-up takes seconds to minutes; linear scans take milliseconds.
        expect(performance.now() - t0, `${re.source}`).toBeLessThan(250);
      }
    }
  });
});
