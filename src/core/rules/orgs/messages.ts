/** Texts of the organisation-name findings (generated catalogue, reference/orgs), en + ja, with banner headlines. */
import type { Catalog } from '../../i18n/format.js';

export const messages: Catalog = {
  'finding.org-name-unrelated-sender': {
    en: 'The message presents itself as {org}, but it was sent from {address}, an address {org} does not use (its own domains: {domains}).',
    ja: 'このメールは {org} を名乗っていますが、{org} が使わないアドレス {address} から送られています（本来のドメイン: {domains}）。',
    description:
      'The display name, or a tag opening the subject, names an organisation of the generated catalogue (banks, carriers, telecoms, shops, government agencies from the name-suggestion-index + Wikidata official websites; crypto exchanges, card networks, insurers, online services from a hand-curated table) while From is at a free mailbox or at a domain the organisation does not own and that does not carry its name. {org}: the name as listed; {address}: From address; {domains}: up to 3 owned domains; {place} (not shown): name or subject; {freeMail}, {kind}, {source} (Wikidata id), not shown.',
  },
  'finding.org-name-unrelated-sender.short': {
    en: 'it claims to be {org} but comes from an address {org} does not use',
    ja: '{org} を名乗っていますが、{org} のものではないアドレスから送られています',
    description: 'Headline phrase for org-name-unrelated-sender; {org} the claimed organisation.',
  },
  'finding.org-name-in-link-host': {
    en: 'A link goes to {host}, which carries the name {org} but does not belong to {org} (its own domains: {domains}).',
    ja: 'リンク先 {host} には {org} の名前が入っていますが、{org} のドメインではありません（本来のドメイン: {domains}）。',
    description:
      'A link host has the name of a catalogue organisation as a whole label or hyphenated part while neither it nor its parents belong to that organisation. {host}: first such host; {org}: the name; {domains}: up to 3 owned domains; {count} (not shown): number of such hosts; {kind}, {source} not shown.',
  },
  'finding.org-name-in-link-host.short': {
    en: 'a link uses the name {org} on a site that is not theirs',
    ja: 'リンク先は {org} の名前を使った別のサイトです',
    description: 'Headline phrase for org-name-in-link-host; {org} the organisation named in the host.',
  },
};
