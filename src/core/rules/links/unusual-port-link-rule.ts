/** Registry entry of the unusual-port-link rule (links/unusual-port-link.ts), with its en + ja texts. */
import type { Catalog } from '../../i18n/format.js';
import type { Rule } from '../rule.js';
import { unusualPortLinkFindings } from './unusual-port-link.js';

const messages: Catalog = {
  'finding.unusual-port-link': {
    en: 'A link leads to {host} on the unusual port {port}. Real organisations serve their pages on the standard web ports; pages on odd ports often run on hacked servers.',
    ja: 'リンク先は {host} の通常使われないポート {port} です。正規の組織は標準のポートでページを公開します。珍しいポートのページは乗っ取られたサーバー上で動いていることがよくあります。',
    description:
      'unusual-port-link: a clicked link (not plain-text URL) with an explicit port above 80 other than 443 and the alternate web ports 8080, 8000, 8443, 8888. {host}, {port}: of the first such link; {count}: links found.',
  },
  'finding.unusual-port-link.short': {
    en: 'a link goes to an unusual port ({host}:{port})',
    ja: 'リンク先が珍しいポートです（{host}:{port}）',
    description: 'Headline phrase for unusual-port-link.',
  },
};

export const unusualPortLinkRule: Rule = {
  id: 'unusual-port-link',
  stage: 'message',
  reads: 'Every clicked link: a web server on a port other than the standard and the registered alternate web ports.',
  produces: ['unusual-port-link'],
  messages,
  run: (c) => unusualPortLinkFindings(c.links),
};
