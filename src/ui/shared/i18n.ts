/** One lookup for every UI text: UI catalog first, then the core catalog (findings, report labels, verdicts). */
import { fill, pickLang, t, type Lang } from '../../core/i18n/index.js';
import type { MessageParams } from '../../core/model/finding.js';
import { uiMessages } from './messages.js';

export type { Lang } from '../../core/i18n/index.js';

export function tr(key: string, lang: Lang, params: MessageParams = {}): string {
  const def = uiMessages[key];
  return def ? fill(def[lang], params) : t(key, params, lang);
}

/** Has the core catalog (or UI catalog) got this key? Used to prefer short headline phrases when present. */
export function hasText(key: string): boolean {
  return key in uiMessages || t(key) !== key;
}

/** UI language from the setting ('auto' follows the UI locale, e.g. messenger.i18n.getUILanguage()). */
export function resolveLang(setting: 'auto' | 'en' | 'ja', uiLocale: string | null | undefined): Lang {
  return setting === 'auto' ? pickLang(uiLocale) : setting;
}
