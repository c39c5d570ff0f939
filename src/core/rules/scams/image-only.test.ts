import type { LinkInfo } from '../../model/link.js';
import { hdr, makeMessage, makeLink } from '../test-message.js';
import { t } from '../../i18n/index.js';
import { imageOnlyFindings } from './image-only.js';

const link = (url: string, source: LinkInfo['source'] = 'html'): LinkInfo => makeLink(url, { source });
const picture = '<a href="https://x.example/c"><img src="https://x.example/banner.png"></a><p>SiriusXM-Membership</p>';

describe('image-only-message', () => {
  it('a picture and a link with a headline at most: low, explained', () => {
    const f = imageOnlyFindings(makeMessage({ html: picture }), [link('https://x.example/c')]);
    expect(f.map((x) => `${x.id}:${x.severity}`)).toEqual(['image-only-message:low']);
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toContain('x.example');
  });
  it('text mail, mail without images or links, links to many sites, and delivery reports: nothing', () => {
    const words = '<p>' + 'Dear member, here is our monthly report on the garden club. '.repeat(3) + '</p>';
    expect(imageOnlyFindings(makeMessage({ html: picture + words }), [link('https://x.example/c')])).toEqual([]);
    expect(imageOnlyFindings(makeMessage({ html: '<p>Hi</p>' }), [link('https://x.example/c')])).toEqual([]);
    expect(imageOnlyFindings(makeMessage({ html: picture }), [])).toEqual([]);
    const many = ['https://a.example/', 'https://b.example/', 'https://c.example/'].map((u) => link(u));
    expect(imageOnlyFindings(makeMessage({ html: picture }), many)).toEqual([]);
    const report = makeMessage({ html: picture, headers: [hdr('Content-Type', 'multipart/report; report-type=delivery-status')] });
    expect(imageOnlyFindings(report, [link('https://x.example/c')])).toEqual([]);
    expect(imageOnlyFindings(makeMessage({ html: picture, text: words.repeat(2) }), [link('https://x.example/c')])).toEqual([]);
  });
  it('long texts are judged by their collapsed length, whitespace runs and all', () => {
    // Mostly layout whitespace: thousands of characters that collapse to a headline still count as no text.
    const spaced = `${' \n'.repeat(3000)}SiriusXM Membership${'\t '.repeat(3000)}`;
    const f = imageOnlyFindings(makeMessage({ html: picture + `<p>${spaced}</p>`, text: spaced }), [link('https://x.example/c')]);
    expect(f.map((x) => x.params.chars)).toEqual([39]); // "SiriusXM-Membership SiriusXM Membership"
    // Real words after a long blank opening are text.
    const late = `${' '.repeat(5000)}${'word '.repeat(20)}`;
    expect(imageOnlyFindings(makeMessage({ html: picture, text: late }), [link('https://x.example/c')])).toEqual([]);
  });
});
