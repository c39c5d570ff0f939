import { DEFAULT_LIMITS } from '../../deps.js';
import { extractLinks } from '../../parse/links/extract-links.js';
import { makeMessage } from '../test-message.js';
import { linkFindings } from './findings.js';

const shortener = (html: string) =>
  linkFindings(extractLinks(makeMessage({ html }), DEFAULT_LIMITS))
    .filter((f) => f.id === 'shortener-link')
    .map((f) => f.severity);
const articles = (n: number) => Array.from({ length: n }, (_, i) => `<a href="https://paper${i}.org/story">Story ${i}</a>`).join(' ');

describe('short links in a digest (issue #12)', () => {
  it('a digest linking to many sites, its short link written out as its text: information only', () => {
    expect(shortener(`${articles(12)} <a href="http://tinyurl.com/1nbz">http://tinyurl.com/1nbz</a>`)).toEqual(['info']);
  });
  it('a short link behind words ("Click here") stays low even in a digest', () => {
    expect(shortener(`${articles(12)} <a href="http://tinyurl.com/1nbz">Click here</a>`)).toEqual(['low']);
  });
  it('phishing: a short link with few other sites stays low, whatever its text', () => {
    expect(shortener(`${articles(3)} <a href="http://tinyurl.com/abc">http://tinyurl.com/abc</a>`)).toEqual(['low']);
    expect(shortener('<a href="https://bit.ly/x">Verify your account</a>')).toEqual(['low']);
  });
});
