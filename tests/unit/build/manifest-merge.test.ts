import { readFileSync } from 'node:fs';
// @ts-expect-error plain .mjs build helper without type declarations
import { mergeManifest } from '../../../scripts/build/manifest.mjs';
// @ts-expect-error plain .mjs build helper without type declarations
import { TARGETS } from '../../../scripts/build/targets.mjs';

const read = (p: string) => JSON.parse(readFileSync(new URL(`../../../${p}`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('per-target manifests', () => {
  const base = read('manifest.json');
  it('merges permissions without duplicates and keeps base keys', () => {
    const tb = mergeManifest(base, read('manifests/thunderbird.json')) as Record<string, unknown>;
    expect(tb.permissions).toEqual(['storage', 'messagesRead', 'messagesModify', 'accountsRead', 'compose']);
    expect(tb.manifest_version).toBe(3);
    expect(tb.message_display_scripts).toEqual([{ js: ['thunderbird-display.js'] }]);
  });
  it('toolbar: a short fixed label in Thunderbird (the title stays the tooltip); Firefox pins its action', () => {
    const tb = mergeManifest(base, read('manifests/thunderbird.json')) as { message_display_action: Record<string, string> };
    expect(tb.message_display_action.default_label).toBe('Sender Lens');
    expect(tb.message_display_action.default_title).toBe('__MSG_actionTitle__');
    const ff = mergeManifest(base, read('manifests/firefox.json')) as { action: Record<string, string> };
    expect(ff.action.default_area).toBe('navbar');
  });
  it('every script a manifest names is built for that target', () => {
    for (const [target, spec] of Object.entries(TARGETS as Record<string, { manifest: string; entries: { name: string }[] }>)) {
      const m = JSON.stringify(mergeManifest(base, read(spec.manifest)));
      const built = new Set(spec.entries.map((e) => `${e.name}.js`));
      for (const js of m.match(/[\w-]+\.js\b/g) ?? []) expect(built.has(js), `${target}: ${js}`).toBe(true);
    }
  });
  it('each locale string used by the manifest exists in en and ja', () => {
    const keys = [
      ...JSON.stringify(base).matchAll(/__MSG_(\w+)__/g),
      ...JSON.stringify(read('manifests/thunderbird.json')).matchAll(/__MSG_(\w+)__/g),
    ].map((m) => m[1]!);
    for (const lang of ['en', 'ja']) {
      const msgs = read(`public/_locales/${lang}/messages.json`) as Record<string, { message: string; description: string }>;
      for (const k of keys) {
        expect(msgs[k]?.message, `${lang}:${k}`).toBeTruthy();
        expect(msgs[k]?.description, `${lang}:${k}`).toBeTruthy();
      }
    }
  });
});
