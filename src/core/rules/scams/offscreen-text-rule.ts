/** Registry entry of the offscreen-text rule (scams/offscreen-text.ts), with its en + ja texts. */
import type { Catalog } from '../../i18n/format.js';
import type { Rule } from '../rule.js';
import { offscreenTextFindings } from './offscreen-text.js';

const messages: Catalog = {
  'finding.offscreen-text': {
    en: 'Part of this message is pushed far off the screen ({style}) so you never see it while spam filters read it: a trick to hide the real content behind harmless filler.',
    ja: 'このメールの一部が画面の遥か外に追いやられています（{style}）。読者には見えず、スパムフィルターだけが読む部分で、無害な文章で本当の内容を隠す手口です。',
    description:
      'offscreen-text: a CSS offset of five or more digits (margin, top/left, text-indent) in the HTML. {style}: the declaration found.',
  },
  'finding.offscreen-text.short': {
    en: 'it hides text far off the screen',
    ja: '画面外に文章を隠しています',
    description: 'Headline phrase for offscreen-text.',
  },
};

export const offscreenTextRule: Rule = {
  id: 'offscreen-text',
  stage: 'message',
  reads: 'The HTML source: a block moved tens of thousands of pixels off the screen, where only filters read it.',
  produces: ['offscreen-text'],
  messages,
  run: (c) => offscreenTextFindings(c.msg.html),
};
