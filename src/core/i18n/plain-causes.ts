import type { Catalog } from './format.js';

/**
 * Why a check could not run, as a cause alone ("the DNS server did not answer"), for lines that already say the
 * check failed (the popup's reputation section: "age: could not look up: ..." would say it twice). Each key
 * `plain.cause.<state>` is the cause part of `plain.state.<state>` (plain-messages.ts); a state without a cause
 * here is shown whole.
 */
export const messages: Catalog = {
  'plain.cause.offline': {
    en: 'offline mode is on',
    ja: 'オフラインモードです',
    description: 'Cause of a check not run: offline mode.',
  },
  'plain.cause.noAnswer': {
    en: 'the DNS server did not answer',
    ja: 'DNSサーバーが応答しませんでした',
    description: 'Cause of a failed look-up: network error or refused request.',
  },
  'plain.cause.timeout': {
    en: 'the server did not answer in time',
    ja: 'サーバーの応答が時間内にありませんでした',
    description: 'Cause of a failed look-up: timeout.',
  },
  'plain.cause.serverFailure': {
    en: 'the server reported a failure',
    ja: 'サーバーがエラーを返しました',
    description: 'Cause of a failed look-up: SERVFAIL or similar.',
  },
  'plain.cause.budget': {
    en: 'the limit of look-ups for one message was reached',
    ja: '1通あたりの問い合わせ上限に達しました',
    description: 'Cause of a check not run: the per-message budget was used up.',
  },
  'plain.cause.dnsTemporary': {
    en: 'a temporary DNS problem, try again later',
    ja: 'DNSの一時的な問題です。後でもう一度お試しください',
    description: 'Cause of a failed look-up: temporary DNS problem.',
  },
  'plain.cause.temporary': {
    en: 'a temporary problem, try again later',
    ja: '一時的な問題です。後でもう一度お試しください',
    description: 'Cause of a failed check: temporary, cause not known.',
  },
};
