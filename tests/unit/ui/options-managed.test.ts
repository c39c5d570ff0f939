import { markManaged, renderOptions } from '../../../src/ui/options/index.js';
import { DEFAULT_EXTENSION_SETTINGS } from '../../../src/platform/extension/settings.js';
import type { ManagedView } from '../../../src/platform/extension/effective-settings.js';
import { miniBody, type MiniElement } from './mini-dom.js';

const view: ManagedView = {
  locked: ['ownDomains', 'dohUrls', 'offline'],
  sources: {
    ownDomains: 'managed-locked',
    dohUrls: 'managed-locked',
    offline: 'managed-locked',
    allowlist: 'managed-default',
    sensitivity: 'user',
    protectContacts: 'built-in',
    reportAddress: 'built-in',
  },
  problems: ['unknown setting "colour"'],
};

function render(managed: ManagedView | undefined, lang: 'en' | 'ja' = 'en') {
  const { body } = miniBody();
  const settings = { ...DEFAULT_EXTENSION_SETTINGS, ownDomains: ['example.co.jp'] };
  renderOptions(body, { settings, suggestedOwnDomains: ['acct.example'] }, async () => settings, lang);
  markManaged(body, managed, lang);
  const root = body as unknown as MiniElement;
  const byName = (n: string) => root.querySelectorAll('[name]').find((e) => e.getAttribute('name') === n)!;
  return { root, byName };
}

describe('options page: settings managed by the organisation', () => {
  it('disables locked controls (and the button that fills own domains) and says who set them', () => {
    const { root, byName } = render(view);
    for (const n of ['ownDomains', 'dohUrls', 'offline', 'fromAccounts']) expect(byName(n).disabled, n).toBe(true);
    for (const n of ['allowlist', 'sensitivity', 'protectContacts', 'lang']) expect(byName(n).disabled, n).toBe(false);
    expect(byName('ownDomains').getAttribute('data-managed')).toBe('locked');
    expect(byName('ownDomains').title).toBe('Set by your organisation');
    const notes = root.querySelectorAll('.managed-note').map((n) => [n.getAttribute('data-managed-note'), n.textContent]);
    expect(notes).toEqual([
      ['dohUrls', ' (Set by your organisation)'],
      ['offline', ' (Set by your organisation)'],
      ['ownDomains', ' (Set by your organisation)'],
      ['allowlist', ' (Default from your organisation (you can change it))'],
    ]);
    expect(root.querySelector('.managed-intro')?.textContent).toMatch(/managed by your organisation/);
    expect(root.querySelector('.managed-problems')?.textContent).toContain('unknown setting "colour"');
  });
  it('speaks Japanese on a Japanese page', () => {
    const { root } = render(view, 'ja');
    expect(root.querySelector('.managed-note')?.textContent).toContain('組織の管理者が設定しています');
  });
  it('changes nothing without managed settings', () => {
    const { root, byName } = render(undefined);
    expect(byName('ownDomains').disabled).toBe(false);
    expect(root.querySelectorAll('.managed-note')).toHaveLength(0);
    expect(root.querySelector('.managed-intro')).toBeNull();
  });
});
