/**
 * Shows, on the rendered options form, which settings the organisation manages: a locked setting's controls are
 * disabled with "Set by your organisation"; a setting still at the organisation's default says so. Controls are
 * found by their form name (the setting's name), so a field added later is covered once its name is a setting name.
 */
import type { ManagedView } from '../../platform/extension/effective-settings.js';
import { el } from '../shared/dom.js';
import { tr, type Lang } from '../shared/i18n.js';

/** Extra controls that change a setting besides the one named like it. */
const EXTRA_CONTROLS: Readonly<Record<string, readonly string[]>> = { ownDomains: ['fromAccounts'] };

export function markManaged(root: HTMLElement, managed: ManagedView | undefined, lang: Lang): void {
  if (!managed) return;
  const doc = root.ownerDocument;
  const controls = [...root.querySelectorAll<HTMLElement>('[name]')];
  const named = (name: string) => controls.filter((c) => c.getAttribute('name') === name);
  for (const key of managed.locked) {
    const note = tr('ui.options.managed.locked', lang);
    const own = named(key);
    for (const c of [...own, ...(EXTRA_CONTROLS[key] ?? []).flatMap(named)]) {
      (c as HTMLInputElement).disabled = true;
      c.setAttribute('data-managed', 'locked');
      c.title = note;
    }
    own[0]?.parentElement?.append(el(doc, 'span', { className: 'managed-note', attrs: { 'data-managed-note': key } }, ` (${note})`));
  }
  for (const [key, source] of Object.entries(managed.sources)) {
    if (source !== 'managed-default') continue;
    const c = named(key)[0];
    if (!c) continue;
    c.setAttribute('data-managed', 'default');
    c.parentElement?.append(
      el(doc, 'span', { className: 'managed-note', attrs: { 'data-managed-note': key } }, ` (${tr('ui.options.managed.default', lang)})`),
    );
  }
  const top: HTMLElement[] = [];
  if (managed.locked.length) top.push(el(doc, 'p', { className: 'managed-intro' }, tr('ui.options.managed.intro', lang)));
  if (managed.problems.length)
    top.push(
      el(
        doc,
        'p',
        { className: 'managed-problems', attrs: { role: 'alert' } },
        tr('ui.options.managed.problems', lang, { items: managed.problems.join('; ') }),
      ),
    );
  root.querySelector('form')?.prepend(...top);
}
