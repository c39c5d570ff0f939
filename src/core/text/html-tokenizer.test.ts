import { htmlToText, tokenizeHtml, tokenizeMarked, tokenizePrefix } from './html-tokenizer.js';

describe('tokenizeHtml', () => {
  it('reads tags with quoted, unquoted and entity-encoded attributes', () => {
    const toks = tokenizeHtml('<A HREF="https://a.example/?x=1&amp;y=2" data-x=\'q>r\' title=t>go</a>');
    const start = toks[0];
    expect(start?.type).toBe('start');
    if (start?.type !== 'start') return;
    expect(start.name).toBe('a');
    expect(start.attrs.get('href')).toBe('https://a.example/?x=1&y=2');
    expect(start.attrs.get('data-x')).toBe('q>r');
    expect(start.attrs.get('title')).toBe('t');
    expect(toks[1]).toEqual({ type: 'text', text: 'go' });
    expect(toks[2]).toEqual({ type: 'end', name: 'a' });
  });
  it('skips comments, doctype and keeps script text apart from visible text', () => {
    const text = htmlToText('<!doctype html><!-- <a href="x">hidden</a> --><p>Hello</p><script>var a="<p>no</p>";</script>World');
    expect(text).toContain('Hello');
    expect(text).toContain('World');
    expect(text).not.toContain('hidden');
    expect(text).not.toContain('no');
  });
  it('tolerates broken markup: stray <, unterminated tags and quotes', () => {
    expect(htmlToText('a < b and 3<4 <p>ok')).toContain('a < b and 3<4');
    expect(() => tokenizeHtml('<a href="unterminated')).not.toThrow();
    expect(() => tokenizeHtml('<a href=x <<<<< <!-- ')).not.toThrow();
  });
  it('lower-cases names alone or through the whole text with the same tokens (İ and Σ take the whole-text path)', () => {
    const doc =
      '<DIV Class="x" DATA-Ünïcode=1><SCRIPT>if (a </b) x("</Scrip>");</ScRiPt ><Style>p{}</STYLE>' +
      '<TITLE>Ωmega ÄÖ</TITLE><Font FACE=Arial>text</FONT><noscript>n</NOSCRIPT>';
    const fast = tokenizeHtml(doc);
    expect(fast[0]).toEqual({
      type: 'start',
      name: 'div',
      attrs: new Map([
        ['class', 'x'],
        ['data-ünïcode', '1'],
      ]),
      selfClosing: false,
    });
    expect(fast[2]).toEqual({ type: 'rawtext', name: 'script', text: 'if (a </b) x("</Scrip>");' });
    expect(fast.filter((t) => t.type === 'rawtext').map((t) => t.text)).toEqual(['if (a </b) x("</Scrip>");', 'p{}', 'Ωmega ÄÖ', 'n']);
    // A trailing İ or Σ does not move any character before it, so every token before it is the same.
    for (const tail of ['İ', 'AΣ']) {
      const slow = tokenizeHtml(`${doc}${tail}`);
      expect(slow.slice(0, -1)).toEqual(fast);
      expect(slow.at(-1)).toEqual({ type: 'text', text: tail });
    }
  });

  it('keeps the first of duplicate attributes (HTML 13.2.5.33)', () => {
    const t = tokenizeHtml('<a href="https://first.example/" href="https://second.example/">x</a>')[0];
    expect(t?.type === 'start' && t.attrs.get('href')).toBe('https://first.example/');
  });
  it('is linear on hostile input (large inputs finish)', () => {
    const hostile = '<a '.repeat(50_000) + '<!--'.repeat(20_000) + '"'.repeat(50_000);
    expect(Array.isArray(tokenizeHtml(hostile))).toBe(true);
  });
});

describe('tokenizePrefix', () => {
  // Blocks of every kind of token, some ending right where raw text starts or ends, repeated past several marks.
  const block = (i: number) =>
    `<div class="c${i}" title='a>b'>text ${i} &amp; a < b</div><!-- note ${i} --><script src=x${i}></script>` +
    `<style>p{}</style><!DOCTYPE html><?pi?><p>${'x'.repeat(i % 37)}<br/><a href=https://e.example/${i}>l</a>` +
    `<SCRIPT>if (a </b) {}</SCRIPT ><textarea>t</textarea>`;
  const html = Array.from({ length: 120 }, (_, i) => block(i)).join('\n') + '<p title="unterminated';
  const marked = tokenizeMarked(html);

  it('gives the tokens tokenizeHtml gives for a prefix, around every resume point and along the document', () => {
    expect(marked.marks.length).toBeGreaterThan(6); // several resume points: the prefixes below use them
    expect(marked.tokens).toEqual(tokenizeHtml(html));
    const caps = new Set<number>([0, 1, html.length - 1, html.length, html.length + 5]);
    for (let m = 0; m < marked.marks.length; m += 2) for (let d = -40; d <= 40; d++) caps.add(marked.marks[m]! + d);
    for (let cap = 0; cap < html.length; cap += 53) caps.add(cap);
    for (const cap of caps) expect(tokenizePrefix(html, marked, cap)).toEqual(tokenizeHtml(html, cap));
  });

  it('has no resume points in HTML with İ or Σ (lower-cased whole, as tokenizeHtml does) and still agrees', () => {
    const greek = `${html}<p>ΑΣ İ</p>`;
    const m = tokenizeMarked(greek);
    expect(m.marks).toEqual([]);
    for (const cap of [100, 5000, 12345]) expect(tokenizePrefix(greek, m, cap)).toEqual(tokenizeHtml(greek, cap));
  });
});
