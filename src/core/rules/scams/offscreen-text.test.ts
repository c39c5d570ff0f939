import { t } from '../../i18n/index.js';
import { offscreenTextFindings } from './offscreen-text.js';

describe('offscreen-text', () => {
  it('a block moved five digits of pixels away: medium, explained', () => {
    const f = offscreenTextFindings('<style>.belowView { margin-top: 470500px; }</style><div class="belowView">news</div>');
    expect(f.map((x) => `${x.id}:${x.severity}`)).toEqual(['offscreen-text:medium']);
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toContain('470500px');
    expect(offscreenTextFindings('<p style="text-indent:-99999px">x</p>').length).toBe(1);
  });
  it('ordinary layout offsets: nothing', () => {
    expect(offscreenTextFindings('<div style="margin-top: 20px; left: -9999px">x</div><td style="top:1200px">')).toEqual([]);
  });
});
