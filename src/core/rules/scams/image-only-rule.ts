/** Registry entry of the image-only-message rule (scams/image-only.ts), with its en + ja texts. */
import type { Catalog } from '../../i18n/format.js';
import type { Rule } from '../rule.js';
import { imageOnlyFindings } from './image-only.js';

const messages: Catalog = {
  'finding.image-only-message': {
    en: 'The message is a picture and a link to {host}, with almost no text: the words are drawn inside the image so that filters cannot read them.',
    ja: 'このメールはほぼ画像と {host} へのリンクだけで、文章がほとんどありません。フィルターに読まれないよう、文章を画像の中に描いています。',
    description:
      'image-only-message: at least one image, at most 80 characters of text, clicks to one or two sites; delivery reports excluded. {images}: image count; {host}: a link host; {chars}: visible characters.',
  },
  'finding.image-only-message.short': {
    en: 'it is only a picture and a link',
    ja: '画像とリンクだけのメールです',
    description: 'Headline phrase for image-only-message.',
  },
};

export const imageOnlyRule: Rule = {
  id: 'image-only-message',
  stage: 'message',
  reads: 'The body: images and a link with almost no readable text (the message drawn inside a picture).',
  produces: ['image-only-message'],
  messages,
  run: (c) => imageOnlyFindings(c.msg, c.links, c.html),
};
