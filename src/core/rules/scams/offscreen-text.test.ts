import { t } from '../../i18n/index.js';
import { offscreenTextFindings } from './offscreen-text.js';

describe('offscreen-text', () => {
  it('a block moved five digits of pixels away: medium, explained', () => {
    const f = offscreenTextFindings('<style>.belowView { margin-top: 470500px; }</style><div class="belowView">news</div>');
    expect(f.map((x) => `${x.id}:${x.severity}`)).toEqual(['offscreen-text:medium']);
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toContain('470500px');
    expect(offscreenTextFindings('<p style="text-indent:-99999px">x</p>').length).toBe(1);
  });
  it('reads the style as written, any case, with a fraction (the number prefilter lets it through)', () => {
    const f = offscreenTextFindings('<div style="MARGIN-LEFT : -123456.5PX">x</div>');
    expect(f.map((x) => x.params['style'])).toEqual(['MARGIN-LEFT : -123456.5PX']);
    expect(offscreenTextFindings('<div style="left: 1234567890px">x</div>')).toEqual([]); // ten digits: not a length
  });
  it('ordinary layout offsets: nothing', () => {
    expect(offscreenTextFindings('<div style="margin-top: 20px; left: -9999px">x</div><td style="top:1200px">')).toEqual([]);
  });
});
