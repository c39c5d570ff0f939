/**
 * One message's HTML part, tokenized once for every reader: links (extract-links.ts), lure text (lures/) and the
 * plain text of an HTML-only message (scams/). Each reader has its own character cap; whenever the cap is not
 * below the HTML's length (most mail) the readers see the same tokens, so the full tokenization and its visible
 * text are computed at most once. A smaller cap tokenizes its own prefix, as before. Lives for one analysis.
 */
import { tokenizeHtml, tokenizeMarked, tokenizePrefix, tokensToText, type HtmlToken, type MarkedTokens } from './html-tokenizer.js';

export interface HtmlSource {
  readonly html: string;
  tokens(maxChars: number): HtmlToken[];
  text(maxChars: number): string;
}

export function createHtmlSource(html: string): HtmlSource {
  let marked: MarkedTokens | null = null;
  let text: string | null = null;
  const whole = (maxChars: number) => maxChars >= html.length;
  // A smaller cap than the HTML: its prefix's tokens from the whole tokenization when there is one (tokenizePrefix),
  // which costs a few thousand characters instead of the prefix again (lures read 64K, image-only 200K of the HTML).
  const prefix = (maxChars: number) => (marked ? tokenizePrefix(html, marked, maxChars) : tokenizeHtml(html, maxChars));
  return {
    html,
    tokens: (maxChars) => (whole(maxChars) ? (marked ??= tokenizeMarked(html)).tokens : prefix(maxChars)),
    text(maxChars) {
      if (!whole(maxChars)) return tokensToText(prefix(maxChars));
      return (text ??= tokensToText(this.tokens(maxChars)));
    },
  };
}
