import { findTextUrls } from './text-urls.js';

const urls = (s: string) => findTextUrls(s).map((u) => u.url);

describe('findTextUrls', () => {
  it('finds http(s) and www. URLs and trims trailing punctuation', () => {
    expect(urls('See https://a.example/x. Or www.b.example, and (https://c.example/y).')).toEqual([
      'https://a.example/x',
      'http://www.b.example',
      'https://c.example/y',
    ]);
  });
  it('keeps balanced parentheses inside the URL', () => {
    expect(urls('https://en.wikipedia.org/wiki/Foo_(bar)')).toEqual(['https://en.wikipedia.org/wiki/Foo_(bar)']);
  });
  it('stops at Japanese brackets, punctuation, kana and fullwidth characters', () => {
    expect(urls('「https://a.example/p」をご覧ください')).toEqual(['https://a.example/p']);
    expect(urls('https://a.example/loginからログイン。')).toEqual(['https://a.example/login']);
    expect(urls('詳細：https://a.example/x（必須）')).toEqual(['https://a.example/x']);
  });
  it('ignores a lone scheme and caps the number of URLs', () => {
    expect(urls('https:// and www.')).toEqual([]);
    expect(findTextUrls('https://a.example/ '.repeat(50), 10)).toHaveLength(10);
  });
});
