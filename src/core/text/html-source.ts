/**
 * One message's HTML part, tokenized once for every reader: links (extract-links.ts), lure text (lures/) and the
 * plain text of an HTML-only message (scams/). Each reader has its own character cap; whenever the cap is not
 * below the HTML's length (most mail) the readers see the same tokens, so the full tokenization and its visible
 * text are computed at most once. A smaller cap tokenizes its own prefix, as before. Lives for one analysis.
 */
import { htmlToText, tokenizeHtml, tokensToText, type HtmlToken } from './html-tokenizer.js';

export interface HtmlSource {
  readonly html: string;
  tokens(maxChars: number): HtmlToken[];
  text(maxChars: number): string;
}

export function createHtmlSource(html: string): HtmlSource {
  let tokens: HtmlToken[] | null = null;
  let text: string | null = null;
  const whole = (maxChars: number) => maxChars >= html.length;
  return {
    html,
    tokens: (maxChars) => (whole(maxChars) ? (tokens ??= tokenizeHtml(html)) : tokenizeHtml(html, maxChars)),
    text(maxChars) {
      if (!whole(maxChars)) return htmlToText(html, maxChars);
      return (text ??= tokensToText(this.tokens(maxChars)));
    },
  };
}
