/** Texts of the impersonation findings (en + ja). */
import type { Catalog } from '../../i18n/format.js';

export const messages: Catalog = {
  'finding.display-name-brand-mismatch': {
    en: "The sender calls itself {brand}, but the address {address} is not one of {brand}'s domains ({domains}).",
    ja: '差出人は {brand} を名乗っていますが、アドレス {address} は {brand} のドメイン ({domains} など) ではありません。',
    description:
      'The From display name names a known brand while the From address is at a domain that brand does not own. {brand}: brand name; {address}: From address; {domains}: some domains the brand owns; {linksToBrand}/{linksElsewhere} (not shown): links to the brand / elsewhere.',
  },
  'finding.hidden-characters': {
    en: 'The {field} contains {count} invisible character(s) hidden inside words, a trick to slip past spam filters.',
    ja: '{field} の単語の中に見えない文字が {count} 個埋め込まれています。迷惑メールフィルタをすり抜けるための手口です。',
    description:
      'Invisible format characters (zero-width, invisible operators, tag or variation selector characters) right after letters in the display name or subject. {field}: "From display name" or "Subject"; {count}: how many.',
  },
  'finding.mixed-script-text': {
    en: 'The {field} disguises words with look-alike letters ({sample}), so it reads normally but filters do not recognise it.',
    ja: '{field} に、見た目の似た別の文字を混ぜて偽装した語 ({sample}) があります。人には普通に読めても、フィルタには別の語に見えます。',
    description:
      'A word mixing letters of look-alike scripts (Latin with Greek/Cyrillic...), or a capital I for l / zero for O inside a word. {field}: "From display name" or "Subject"; {sample}: the word(s); {kind} (not shown): scripts or letter-swap.',
  },
  'finding.styled-text': {
    en: 'The {field} is written in decorative "styled" letters, which spam filters cannot read as words.',
    ja: '{field} が装飾用の特殊な文字 (数学用英数字) で書かれており、フィルタが単語として認識できません。',
    description:
      'Mathematical alphanumeric symbols (bold/italic letter look-alikes) in the display name or subject. {field}: "From display name" or "Subject".',
  },
  'finding.alarm-display-name': {
    en: 'The sender\'s name "{name}" is an alarm, not the name of a person or organisation: it hides who is writing.',
    ja: '差出人名「{name}」は人や組織の名前ではなく警告の言葉で、誰が送ったのかを隠しています。',
    description:
      'The From display name consists only of alarm and service words (alert, urgent, security, verification...) and names no one. {name}: the display name.',
  },
  'finding.malformed-from-address': {
    en: 'The sender address "{address}" is not a valid Internet address: nobody can reply to it and no domain vouches for it.',
    ja: '差出人アドレス「{address}」は正しいインターネット上のアドレスではありません。返信もできず、どのドメインもこの差出人を保証していません。',
    description:
      'The From address has no domain, invalid characters, an unqualified host name, an unknown top-level domain or styled look-alike letters. {address}: From address as parsed; {reason} (not shown): which problem.',
  },
};
