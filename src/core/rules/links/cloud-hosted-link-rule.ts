/** Registry entry of the cloud-hosted-link rule (links/cloud-hosted-link.ts), with its en + ja texts. */
import type { Catalog } from '../../i18n/format.js';
import type { Rule } from '../rule.js';
import { cloudHostedLinkFindings } from './cloud-hosted-link.js';

const messages: Catalog = {
  'finding.cloud-hosted-link': {
    en: 'A link leads to a page on the cloud platform {platform} ({host}), where anyone can publish a page in minutes. Phishing pages are often parked there; real organisations link to their own site.',
    ja: 'リンク先はクラウド基盤 {platform} 上のページ（{host}）です。誰でもすぐにページを公開できる場所で、フィッシングページがよく置かれます。正規の組織は自分のサイトにリンクします。',
    description:
      'cloud-hosted-link: a clicked link (HTML anchor, form, attachment, QR) to a storage bucket, serverless/app host or CDN distribution (CLOUD_APP_HOSTS). {platform}: the platform suffix; {host}: the link host; {count}: links found.',
  },
  'finding.cloud-hosted-link.short': {
    en: 'a link goes to a page parked on {platform}',
    ja: 'リンク先は {platform} 上に置かれたページです',
    description: 'Headline phrase for cloud-hosted-link.',
  },
};

export const cloudHostedLinkRule: Rule = {
  id: 'cloud-hosted-link',
  stage: 'message',
  reads: 'Every clicked link: a page on a cloud storage bucket, serverless or app host, or CDN distribution that anyone can publish on.',
  produces: ['cloud-hosted-link'],
  messages,
  run: (c) => cloudHostedLinkFindings(c.links, c.msg.from?.domain ?? null),
};
