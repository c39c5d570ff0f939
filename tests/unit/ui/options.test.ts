import { renderOptions } from '../../../src/ui/options/index.js';
import { DEFAULT_EXTENSION_SETTINGS, type ExtensionSettings } from '../../../src/platform/extension/settings.js';
import { miniBody, type MiniElement } from './mini-dom.js';

const model = {
  settings: { ...DEFAULT_EXTENSION_SETTINGS, dohUrls: [...DEFAULT_EXTENSION_SETTINGS.dohUrls], reportAddress: 'soc@corp.example' },
  suggestedOwnDomains: ['example.jp'],
};
const named = (root: MiniElement, name: string) => root.descendants().find((e) => e.getAttribute('name') === name) ?? null;

describe('options page', () => {
  it('shows the report address and, in Thunderbird, the account and address-book controls', () => {
    const { body } = miniBody();
    renderOptions(body, model, async (raw) => raw as unknown as ExtensionSettings, 'en');
    const root = body as unknown as MiniElement;
    expect((named(root, 'reportAddress') as unknown as { value: string }).value).toBe('soc@corp.example');
    expect(named(root, 'fromAccounts')).not.toBeNull();
    expect(named(root, 'protectContacts')).not.toBeNull();
    expect(root.textContent).toContain('Report phishing to');
  });
  it('hides Thunderbird-only controls in browsers (no accounts, no address books)', () => {
    const { body } = miniBody();
    renderOptions(body, model, async (raw) => raw as unknown as ExtensionSettings, 'en', { thunderbird: false });
    const root = body as unknown as MiniElement;
    expect(named(root, 'fromAccounts')).toBeNull();
    expect(named(root, 'protectContacts')).toBeNull();
    expect(root.textContent).not.toContain('address book');
    expect(root.textContent).not.toContain('Protect my contacts');
    expect(named(root, 'reportAddress')).not.toBeNull();
  });
});
