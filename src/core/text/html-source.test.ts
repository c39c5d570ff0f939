import { createHtmlSource } from './html-source.js';
import { htmlToText, tokenizeHtml } from './html-tokenizer.js';

describe('createHtmlSource', () => {
  const html = '<p>Hello &amp; <a href="https://example.com/x">welcome</a></p><!-- c --><title>T</title><div>end';

  it('gives what the tokenizer gives for any cap, tokenizing the whole document once', () => {
    const src = createHtmlSource(html);
    for (const cap of [0, 10, 30, html.length - 1, html.length, 1_000_000]) {
      expect(src.tokens(cap)).toEqual(tokenizeHtml(html, cap));
      expect(src.text(cap)).toBe(htmlToText(html, cap));
    }
    expect(src.tokens(html.length)).toBe(src.tokens(1_000_000)); // the same array: made once
  });

  it('gives a prefix of a long document from its whole tokenization, as the tokenizer gives it', () => {
    const long = Array.from({ length: 400 }, (_, i) => `<tr><td class="x">row ${i} &lt;</td><script>s()</script></tr>`).join('');
    const src = createHtmlSource(long);
    src.tokens(long.length); // the whole tokenization, as the link reader makes it
    for (const cap of [4095, 4096, 4200, 10_000, 17_777]) {
      expect(src.tokens(cap)).toEqual(tokenizeHtml(long, cap));
      expect(src.text(cap)).toBe(htmlToText(long, cap));
    }
  });
});
