import { readFileSync } from 'node:fs';
import { MANAGEABLE_KEYS, parseManagedPolicy } from '../../../src/platform/extension/managed-settings.js';

describe("Chrome's managed storage schema", () => {
  it('declares exactly the manageable settings and "locked", each with the shape the parser accepts', () => {
    const schema = JSON.parse(readFileSync(new URL('../../../public/managed-schema.json', import.meta.url), 'utf8')) as {
      type: string;
      properties: Record<string, { type: string; enum?: string[]; items?: { enum?: string[] } }>;
    };
    const chrome = JSON.parse(readFileSync(new URL('../../../manifests/chrome.json', import.meta.url), 'utf8')) as {
      storage?: { managed_schema?: string };
    };
    expect(chrome.storage?.managed_schema).toBe('managed-schema.json');
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual([...MANAGEABLE_KEYS, 'locked'].sort());
    expect(schema.properties.locked?.items?.enum).toEqual([...MANAGEABLE_KEYS]);
    const sample: Record<string, unknown> = { string: 'x', boolean: true, array: ['a.example'] };
    for (const k of MANAGEABLE_KEYS) {
      const p = schema.properties[k]!;
      const v = p.enum ? p.enum[0] : sample[p.type];
      expect(parseManagedPolicy({ [k]: v }).problems, k).toEqual([]);
    }
  });
});
