/**
 * `decorated-sender-text`: the From display name or the subject is dressed up to slip past keyword filters in ways
 * no real sender writes:
 * - `random-tag`: a random code glued to the end after a dot (`Elisabeth Jongeling .BVUM`, `...isolatie!.BVUM`,
 *   `DHL-klantervaring .QFDGZ`, `pakket ... .2913376448`): bulk tools append one per message so no two are alike;
 * - `small-capitals`: words spelt in small-capital letters (`ᴘᴀʏᴍᴇɴᴛ ᴅᴇᴄʟɪɴᴇᴅ`, `ɴᴏʀᴛᴏɴ ᴀʟᴇʀᴛ`) that read as text but
 *   are not the letters a filter looks for (phonetic small capitals, U+1D00 block and IPA);
 * - `struck-letters`: a letter overlaid with a combining stroke (`M̶icrosoft`, `UPs̷`), U+0334..U+0338;
 * - `swapped-letters`: a zero for O or a small l for I inside a word in capitals (`Storage CL0UD`, `CONFlRM`);
 * - `split-letters`: a name broken by separators (`D/H/L`, `Albert|Heijn`) or words glued by runs of dots in the
 *   display name (`Payment..Declined`, `Omaha..Steaks`).
 * (Mathematical styled letters and invisible characters are impersonation/obfuscation.ts's.)
 */
import type { Finding } from '../../model/finding.js';

/** Display names and subjects are short; longer values are cut (limit on untrusted input). */
const MAX_TEXT = 1000;
const MAX_SHOWN = 80;

const RANDOM_TAG = /[\s!?]\.{1,8}(?:[A-Z]{4,12}|\d{6,14})\s{0,8}$/;
/** The same tag in mid-text, right after a space or an exclamation mark (`wacht...!.OHSSALLWCC  pFMM`). */
const RANDOM_TAG_INSIDE = /[\s!?]\.[A-Z]{4,12}(?![\p{L}\p{N}])/u;
/** Phonetic small capitals (U+1D00..U+1D22), IPA small capitals ɢ ɪ ɴ ʀ ʏ ʜ ʟ ʙ, Latin Extended-D ꜰ ꜱ. */
const SMALL_CAPITAL = /[\u1d00-\u1d22\u0262\u026a\u0274\u0280\u028f\u029c\u029f\u0299\ua730\ua731]/gu;
const STRUCK_LETTER = /\p{L}[\u0334-\u0338]/u;
const SPLIT_SINGLE = /(?<![\p{L}\d])\p{L}([/|*_])\p{L}\1\p{L}(?![\p{L}\d])/u;
const SPLIT_CAMEL = /\p{Ll}\|\p{Lu}/u;
const DOT_GLUE = /\p{L}\.{2,8}\p{L}/u;
/** A word in capitals with a 0 for O or an l for I inside (model numbers have digits of their own and are left alone). */
const SWAPPED = /(?<![\p{L}\p{N}])(?:[A-Z]{2,20}0[A-Z]{1,20}|[A-Z]{1,20}0[A-Z]{2,20}|[A-Z]{2,20}l[A-Z]{2,20})(?![\p{L}\p{N}])/u;

type Place = 'name' | 'subject';

function decoration(text: string, place: Place): string | null {
  const s = text.slice(0, MAX_TEXT).replace(/[\t\r\n]+/g, ' ');
  if (RANDOM_TAG.test(s) || RANDOM_TAG_INSIDE.test(s)) return 'random-tag';
  if ((s.match(SMALL_CAPITAL) ?? []).length >= 2) return 'small-capitals';
  if (STRUCK_LETTER.test(s)) return 'struck-letters';
  if (SWAPPED.test(s)) return 'swapped-letters';
  if (SPLIT_SINGLE.test(s) || SPLIT_CAMEL.test(s)) return 'split-letters';
  if (place === 'name' && DOT_GLUE.test(s)) return 'split-letters';
  return null;
}

export function decoratedTextFindings(displayName: string, subject: string): Finding[] {
  const places: Array<[Place, string]> = [
    ['name', displayName],
    ['subject', subject],
  ];
  for (const [place, text] of places) {
    if (!text) continue;
    const kind = decoration(text, place);
    if (!kind) continue;
    const shown = text.trim().slice(0, MAX_SHOWN);
    return [
      {
        id: 'decorated-sender-text',
        severity: 'medium',
        messageKey: place === 'name' ? 'finding.decorated-sender-text' : 'finding.decorated-sender-text-subject',
        params: { text: shown, kind, place },
        evidence: [{ kind: 'text', value: shown, label: place === 'name' ? 'From display name' : 'Subject' }],
      },
    ];
  }
  return [];
}
