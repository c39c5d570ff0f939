/** Registry entry of the helo-unknown-tld rule (sender/helo-unknown-tld.ts), with its en + ja texts. */
import type { Catalog } from '../../i18n/format.js';
import type { Rule } from '../rule.js';
import { heloUnknownTldFindings } from './helo-unknown-tld.js';

const messages: Catalog = {
  'finding.helo-unknown-tld': {
    en: 'The server that sent this message called itself {helo}, a name under ".{tld}", which is not a real top-level domain. Real mail servers give a name that exists; made-up names come from bulk-sending tools.',
    ja: 'このメールを送ったサーバーは {helo} と名乗りましたが、「.{tld}」は実在しないトップレベルドメインです。正規のメールサーバーは実在する名前を名乗ります。でたらめな名前は大量送信ツールによく見られます。',
    description:
      'helo-unknown-tld: the origin HELO/EHLO name ends in a top-level label that is not in the public suffix list (ICANN section) nor a private-use label (.local, .lan...). {helo}: the name; {tld}: its last label; {ip}: the client IP.',
  },
  'finding.helo-unknown-tld.short': {
    en: 'the sending server used a made-up name ({helo})',
    ja: '送信サーバーが実在しない名前（{helo}）を名乗っています',
    description: 'Headline phrase for helo-unknown-tld.',
  },
};

export const heloUnknownTldRule: Rule = {
  id: 'helo-unknown-tld',
  stage: 'message',
  reads: 'The HELO name of the first outside server: a name under a top-level domain that does not exist.',
  produces: ['helo-unknown-tld'],
  messages,
  run: (c) => heloUnknownTldFindings(c.origin),
};
