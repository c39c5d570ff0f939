// The list of webmail site adapters is the one place a site is named: every site with a fixed host must be
// requestable in the browser manifests (optional host permissions), and no other fixed webmail host is listed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITES } from '../../../src/platform/webmail/sites.js';

const manifest = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../manifests/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('webmail sites and manifests', () => {
  const fixedHosts = SITES.flatMap((s) => (s.access.kind === 'runtime' && 'host' in s.access ? [`https://${s.access.host}/*`] : []));
  for (const name of ['chrome', 'firefox']) {
    it(`${name}: optional host permissions cover every fixed-host site adapter`, () => {
      const optional = (manifest(name).optional_host_permissions ?? []) as string[];
      for (const h of fixedHosts) expect(optional).toContain(h);
      const named = optional.filter((p) => !p.startsWith('*://*') && !p.startsWith('http://*') && !p.startsWith('https://*'));
      expect(named.sort()).toEqual([...fixedHosts].sort());
    });
  }
  it('site ids are unique and every site can be recognised', () => {
    const ids = SITES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SITES) expect(typeof s.matchesPage).toBe('function');
  });
});
