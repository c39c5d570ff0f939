/**
 * Options page: loads settings (+ domains of the user's accounts) from the background, saves through it, and
 * asks for the host permission of each configured DoH resolver (a user action: the Save click).
 */
import { request } from '../platform/extension/protocol.js';
import { dohOriginPatterns, normalizeSettings } from '../platform/extension/settings.js';
import { markManaged, renderOptions } from '../ui/options/index.js';
import { pickLang } from '../core/i18n/index.js';
import { tr } from '../ui/shared/i18n.js';

interface ExtGlobal {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  i18n: { getUILanguage(): string };
  permissions?: { request(p: { origins: string[] }): Promise<boolean> };
}
const g = globalThis as unknown as { messenger?: ExtGlobal; browser?: ExtGlobal; chrome?: ExtGlobal };
const ext = (g.messenger ?? g.browser ?? g.chrome) as ExtGlobal;

async function main(): Promise<void> {
  const root = document.getElementById('options');
  if (!root) return;
  const reply = await request(ext.runtime, { type: 'settings-get' });
  const lang = reply.ok ? reply.value.lang : pickLang(ext.i18n.getUILanguage());
  document.title = tr('ui.options.title', lang);
  document.documentElement.lang = lang;
  if (!reply.ok) {
    root.textContent = tr('ui.options.saveFailed', lang, { reason: reply.error });
    return;
  }
  renderOptions(
    root,
    reply.value,
    async (raw) => {
      const wanted = normalizeSettings(raw);
      // The permission prompt must come from the click, before any other await.
      const origins = wanted.offline ? [] : dohOriginPatterns(wanted);
      if (origins.length && ext.permissions) {
        const granted = await ext.permissions.request({ origins }).catch(() => false);
        if (!granted) console.warn(tr('ui.options.permissionDenied', lang, { origin: origins.join(', ') }));
      }
      const saved = await request(ext.runtime, { type: 'settings-save', settings: raw });
      if (!saved.ok) throw new Error(saved.error);
      return saved.value;
    },
    lang,
    // Account domains and address-book protection exist only in Thunderbird (messenger.*).
    { thunderbird: g.messenger !== undefined },
  );
  markManaged(root, reply.value.managed, lang);
  document.body.setAttribute('data-ready', 'true');
}

void main();
