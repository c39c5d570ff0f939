/**
 * Word lists for combosquatting and false-positive control (hand-kept, sorted; a test checks order and format).
 * PHISH_KEYWORDS: words phishers glue to a brand (`kagoya-support`, `loginpaypal`), English and romaji.
 * COMMON_WORDS: dictionary words that are never a typo of a brand (chose, salon) and brand labels that are plain words
 * (office, line, global): such labels are matched only through homoglyphs or a phishing keyword, never by typo,
 * TLD swap or substring (pineapple, purchase, officedepot).
 */

export const PHISH_KEYWORDS: readonly string[] = [
  'access', 'account', 'accounts', 'admin', 'agree', 'alert', 'app', 'apps', 'auth', 'bank', 'billing', 'blue', 'business',
  'card', 'care', 'cdn', 'center', 'check', 'choose', 'cl', 'claim', 'click', 'cloud', 'confirm', 'confirmation', 'connect',
  'contact', 'customer', 'delivery', 'download', 'enroll', 'find', 'group', 'help', 'helpdesk', 'http', 'https', 'id',
  'info', 'install', 'invoice', 'jp', 'kakunin', 'keiyaku', 'limited', 'lock', 'locked', 'login', 'logon', 'mail', 'member',
  'members', 'mobile', 'my', 'mypage', 'net', 'notice', 'notification', 'notify', 'official', 'online', 'oshirase', 'pay',
  'payment', 'payments', 'portal', 'recover', 'recovery', 'refund', 'register', 'renew', 'reset', 'safe', 'secure',
  'security', 'server', 'service', 'services', 'shiharai', 'sign', 'signin', 'signon', 'signup', 'ssl', 'summary',
  'support', 'team', 'tetsuzuki', 'update', 'user', 'verification', 'verify', 'view', 'wallet', 'web', 'webmail', 'ww',
  'www',
];

export const COMMON_WORDS: readonly string[] = [
  'aaron', 'acorn', 'ample', 'amuse', 'appleton', 'apply', 'arena', 'aspen', 'basic', 'boxer', 'chaos', 'chaser',
  'chasm', 'cheese', 'chose', 'chosen', 'coda', 'comma', 'como', 'cookie', 'doc2sign', 'docomomo', 'domo', 'erase',
  'global', 'goggle', 'goodle', 'goole', 'lapel', 'liked', 'line', 'lined', 'linen', 'linked', 'linkin', 'mail',
  'maple', 'mapple', 'mercado', 'mercer', 'mercury', 'messenger', 'meta', 'netfix', 'office', 'outlook', 'paper',
  'papple', 'phase', 'pineapple', 'post', 'purchase', 'salon', 'server', 'sever', 'shape', 'snapple', 'softback',
  'soybean', 'staple', 'windows',
];

/** Romaji words and names that are also brand tokens: matched as whole labels, never as a substring. */
export const NON_DISTINCTIVE: readonly string[] = [
  'kuroneko', 'mizuho', 'onamae', 'resona', 'sagawa', 'saison', 'sakura', 'yamato', 'ymobile',
];
