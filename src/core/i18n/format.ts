import type { MessageParams } from '../model/finding.js';

export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ja'];

/** One message in both languages. `{name}` placeholders are filled from MessageParams. */
export interface MessageDef {
  en: string;
  ja: string;
  /** For translators: what the message is for and what each placeholder holds. */
  description: string;
}

export type Catalog = Readonly<Record<string, MessageDef>>;

/** Fills `{name}` placeholders. Unknown placeholders are left visible rather than silently dropped. */
export function fill(template: string, params: MessageParams): string {
  return template.replace(/\{([a-zA-Z0-9_]+)\}/g, (whole, key: string) => {
    const v = params[key];
    return v === undefined ? whole : String(v);
  });
}

export function pickLang(tag: string | null | undefined): Lang {
  return tag && tag.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
