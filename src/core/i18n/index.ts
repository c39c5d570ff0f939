import type { MessageParams } from '../model/finding.js';
import { fill, type Catalog, type Lang } from './format.js';
import { catalogParts } from './registry.js';

export { fill, pickLang, LANGS, type Lang, type Catalog, type MessageDef } from './format.js';

function merge(parts: ReadonlyArray<readonly [string, Catalog]>): Catalog {
  const out: Record<string, Catalog[string]> = {};
  for (const [, part] of parts) Object.assign(out, part);
  return out;
}

export const catalog: Catalog = merge(catalogParts);

/** Renders a message key in a language; an unknown key renders as the key itself (visible, not empty). */
export function t(key: string, params: MessageParams = {}, lang: Lang = 'en'): string {
  const def = catalog[key];
  return def ? fill(def[lang], params) : key;
}
