/**
 * Which bundles each extension target ships. Each entry is built on its own by Vite into one classic
 * (IIFE) script `<name>.js` at the root of dist/<target>/, so manifests and HTML pages refer to it by name.
 * Webmail content scripts are appended to the chrome/firefox rows by the webmail platform.
 *
 * @typedef {{ name: string, src: string }} Entry
 * @typedef {{ manifest: string, entries: Entry[], pack: 'xpi' | 'zip' | null }} Target
 */

/** @param {string} name */
const entry = (name) => ({ name, src: `src/entries/${name}.ts` });

const sharedPages = [entry('shared-popup'), entry('shared-options')];

/** @type {Record<'thunderbird' | 'chrome' | 'firefox', Target>} */
export const TARGETS = {
  thunderbird: {
    manifest: 'manifests/thunderbird.json',
    entries: [entry('thunderbird-background'), entry('thunderbird-display'), ...sharedPages],
    pack: 'xpi',
  },
  chrome: {
    manifest: 'manifests/chrome.json',
    entries: [entry('shared-background'), ...sharedPages, entry('webmail-content')],
    pack: null,
  },
  firefox: {
    manifest: 'manifests/firefox.json',
    entries: [entry('shared-background'), ...sharedPages, entry('webmail-content')],
    pack: null,
  },
};
