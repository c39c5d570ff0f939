import { htmlToText, tokenizeHtml } from './html-tokenizer.js';

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
  it('keeps the first of duplicate attributes (HTML 13.2.5.33)', () => {
    const t = tokenizeHtml('<a href="https://first.example/" href="https://second.example/">x</a>')[0];
    expect(t?.type === 'start' && t.attrs.get('href')).toBe('https://first.example/');
  });
  it('is linear on hostile input (large inputs finish)', () => {
    const hostile = '<a '.repeat(50_000) + '<!--'.repeat(20_000) + '"'.repeat(50_000);
    expect(Array.isArray(tokenizeHtml(hostile))).toBe(true);
  });
});
