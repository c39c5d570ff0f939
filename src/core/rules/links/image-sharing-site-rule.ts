/** Registry entry of the image-sharing-site rule (links/image-sharing-site.ts), with its en + ja texts. */
import type { Catalog } from '../../i18n/format.js';
import type { Rule } from '../rule.js';
import { imageSharingFindings } from './image-sharing-site.js';

const messages: Catalog = {
  'finding.image-sharing-site': {
    en: "The message's pictures are loaded from {site}, a public image-sharing site where anyone can upload anonymously. Organisations show their logos and banners from their own servers or their mail service.",
    ja: 'このメールの画像は、誰でも匿名でアップロードできる画像共有サイト {site} から読み込まれています。正規の組織はロゴやバナーを自社のサーバーやメール配信サービスから表示します。',
    description:
      "image-sharing-site: an <img src> of the HTML body on a listed public image-sharing site (reference/hosting/image-hosts.ts), not the site's own mail. {site}: the listed site of the first such image; {count}: images found.",
  },
  'finding.image-sharing-site.short': {
    en: 'its pictures come from an image-sharing site ({site})',
    ja: '画像が画像共有サイト（{site}）から読み込まれています',
    description: 'Headline phrase for image-sharing-site.',
  },
};

export const imageSharingSiteRule: Rule = {
  id: 'image-sharing-site',
  stage: 'message',
  reads: 'The pictures of the HTML body: hot-linked from a public image-sharing site where anyone uploads anonymously.',
  produces: ['image-sharing-site'],
  messages,
  run: (c) => imageSharingFindings(c.msg, c.limits.maxBodyChars, c.html),
};
