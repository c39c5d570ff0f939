/** Texts of the link findings (en + ja). Placeholders: see each description. */
import type { Catalog } from '../../i18n/format.js';

export const messages: Catalog = {
  'finding.link-text-mismatch': {
    en: 'The link text shows {shown} but it goes to {actual}.',
    ja: 'リンクの文字は {shown} と表示していますが、実際の行き先は {actual} です。',
    description:
      'A link whose visible text names one web site while it really opens another. {shown}: host in the text; {actual}: real destination host; {count}: number of such links (not shown).',
  },
  'finding.ip-literal-link': {
    en: 'A link goes to a bare numeric address ({host}) instead of a named web site.',
    ja: 'リンクの行き先が、サイト名ではなく数字だけのアドレス ({host}) です。',
    description: 'A link whose host is an IP address. {host}: the IP address.',
  },
  'finding.punycode-link': {
    en: 'A link goes to {host}, an international name written as {ascii}; it may imitate a familiar name.',
    ja: 'リンクの行き先 {host} は国際化ドメイン名 ({ascii}) で、よく知られた名前に似せている可能性があります。',
    description: 'A link to an internationalized (punycode) host. {host}: Unicode form; {ascii}: xn-- form.',
  },
  'finding.shortener-link': {
    en: 'A link uses a URL shortener ({host}), which hides where it really goes.',
    ja: 'リンクに短縮URLサービス ({host}) が使われており、本当の行き先が分かりません。',
    description: 'A link through a URL shortening service. {host}: the shortener host.',
  },
  'finding.html-attachment-form': {
    en: 'An attached web page contains a form that sends what you type (for example a password) to {target}.',
    ja: '添付のWebページに入力フォームがあり、入力した内容 (パスワードなど) が {target} に送られます。',
    description:
      'An attached .html file with a form or a password input, a common way to steal passwords. {target}: where the form sends data ("-" if unknown). Param password (yes/no, not shown) says whether a password field is present.',
  },
  'finding.form-in-message': {
    en: 'The message itself contains a form that sends what you type to {target}.',
    ja: 'メール本文に入力フォームがあり、入力内容が {target} に送られます。',
    description: 'An HTML form inside the message body. {target}: host the form posts to ("-" if unknown).',
  },
};
