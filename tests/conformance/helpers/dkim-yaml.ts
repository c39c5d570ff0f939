/** js-yaml loader for the ARC suite (js-yaml ships no type declarations: typed at this one boundary). */
import { createRequire } from 'node:module';

interface YamlModule {
  loadAll(text: string, iterator: (doc: unknown) => void, options?: { json?: boolean }): void;
}

/** `json: true` = last key wins on duplicated keys (the ARC suite has 4). */
export function loadYamlStream(text: string): unknown[] {
  const y = createRequire(import.meta.url)('js-yaml') as YamlModule;
  const out: unknown[] = [];
  y.loadAll(text, (doc) => out.push(doc), { json: true });
  return out;
}
