import { uiMessages } from '../../../src/ui/shared/messages.js';
import { catalog } from '../../../src/core/i18n/index.js';

describe('UI message catalog', () => {
  it('has en, ja, a description and the same placeholders for every key, none clashing with the core', () => {
    const ph = (s: string) =>
      [...s.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1])
        .sort()
        .join(',');
    for (const [key, def] of Object.entries(uiMessages)) {
      expect(key.startsWith('ui.'), key).toBe(true);
      expect(key in catalog, `${key} also in core`).toBe(false);
      expect(def.en.trim() && def.ja.trim() && def.description.trim(), key).toBeTruthy();
      expect(ph(def.ja), key).toBe(ph(def.en));
    }
  });
});
