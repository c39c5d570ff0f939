/**
 * A newsletter's own masthead in its subject (issue #12): "CNET NEWS.COM: Microsoft reveals media XP details" from
 * "CNET News.com Daily Dispatch", "How Microsoft plans to take over your living room [ANCHORDESK]" from "AnchorDesk".
 * The subject is tagged with the sender's own name, so a brand in the rest of it is the topic of a headline, not the
 * voice the message speaks in. The tag is the part before the first colon or a trailing [bracketed] or (parenthesised)
 * part, and every word of it must be in the display name.
 */

/** Tags longer than this are sentences, not mastheads (characters). */
const MAX_TAG = 40;

const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}.&'-]*/gu) ?? [];

function tagsOf(subject: string): string[] {
  const out: string[] = [];
  const colon = subject.indexOf(':');
  if (colon > 0 && colon <= MAX_TAG) out.push(subject.slice(0, colon));
  const trailing = /[[(]([^\])[(]{1,40})[\])]\s*$/.exec(subject.slice(-MAX_TAG - 4));
  if (trailing?.[1]) out.push(trailing[1]);
  return out;
}

export function subjectHasOwnMasthead(displayName: string | null | undefined, subject: string): boolean {
  const name = new Set(wordsOf(displayName ?? ''));
  if (name.size === 0) return false;
  return tagsOf(subject.trim()).some((tag) => {
    const words = wordsOf(tag);
    return words.length > 0 && words.some((w) => w.length >= 4) && words.every((w) => name.has(w));
  });
}
