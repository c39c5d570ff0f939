/**
 * `legal-threat-lure`: the message says legal action has been taken against the reader (a court summons served by
 * e-mail, a complaint filed, a debt protested at a notary, a formal notice before prosecution) and points to a link
 * or an attachment for "the documents". Courts, bailiffs and notaries serve papers by registered post or in person,
 * not through a link in an unexpected mail; fear of a lawsuit is what makes the reader open the file.
 *
 * Phrases in en, pt, es, fr, de, it, nl, matched on lure text (lures/normalize.ts); only phrases that address the
 * reader as a party (news about lawsuits does not count), and only when the message has a link or an attachment.
 */
import type { Finding } from '../../model/finding.js';
import { guard } from '../../text/required-literals.js';
import { firstPhraseFinding } from './phrase-finding.js';

const LEGAL_THREAT: readonly RegExp[] = [
  // en
  /you are (hereby )?(formally )?(served|summoned)/,
  /(court|civil|legal) summons/,
  /summons (in|for) a civil action/,
  /(complaint|lawsuit|claim) (has been|was) filed against you/,
  /(legal|court) (action|proceedings) (will be|has been|have been|is being) (taken|initiated|filed|commenced) against you/,
  /warrant (for|of) your arrest/,
  // pt
  /protesto (em|no|de) cart[oó]rio/,
  /notifica[cç][aã]o (extra)?judicial/,
  /(a[cç][aã]o|processo) judicial (contra|em seu nome|movid[oa])/,
  /intima[cç][aã]o (judicial|para comparecer)/,
  // es
  /(citaci[oó]n|notificaci[oó]n|demanda) judicial/,
  /embargo (de|sobre) (su|sus|tu|tus) (bienes|cuenta|salario)/,
  // fr
  /mise en demeure/,
  /(citation|assignation) (à comparaître|en justice)/,
  /poursuites judiciaires (seront|vont être) (engagées|engagees)/,
  // de
  /(gerichtliche[sn]? )?mahnbescheid/,
  /(klage|strafanzeige) (wurde|wird) gegen sie/,
  /gerichtliche[sn]? (verfahren|schritte) (gegen sie|eingeleitet)/,
  // it
  /(citazione|decreto ingiuntivo|atto giudiziario)/,
  // nl
  /(dagvaarding|gerechtelijke procedure tegen u|deurwaarder)/,
];
const GUARDED = LEGAL_THREAT.map(guard);

export function legalThreatFindings(text: string, hasLinkOrAttachment: boolean): Finding[] {
  if (!hasLinkOrAttachment) return [];
  return firstPhraseFinding(text, GUARDED, { id: 'legal-threat-lure', severity: 'medium', label: 'legal threat' });
}
