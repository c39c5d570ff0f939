/**
 * Thunderbird before 151 ignores the `message_display_scripts` manifest key: register the banner script from
 * code there (MV3 `scripting.messageDisplay.registerScripts`, else MV2 `messageDisplayScripts.register`).
 * On 151+ the manifest key does it (and survives restarts); registering again would inject twice.
 */
import type { MessengerApi } from './messenger-api.js';

export const FIRST_VERSION_WITH_MANIFEST_KEY = 151;
const SCRIPT_ID = 'sender-lens-banner';

export function majorVersion(version: string): number {
  const n = Number.parseInt(version, 10);
  return Number.isFinite(n) ? n : 0;
}

/** Returns how the display script got registered: 'manifest' | 'scripting' | 'messageDisplayScripts' | 'none'. */
export async function ensureDisplayScript(api: MessengerApi, file: string): Promise<string> {
  const info = api.runtime.getBrowserInfo ? await api.runtime.getBrowserInfo() : null;
  if (info && majorVersion(info.version) >= FIRST_VERSION_WITH_MANIFEST_KEY) return 'manifest';
  const sm = api.scripting?.messageDisplay;
  if (sm) {
    const existing = await sm.getRegisteredScripts({ ids: [SCRIPT_ID] });
    if (!existing.length) await sm.registerScripts([{ id: SCRIPT_ID, js: [file] }]);
    return 'scripting';
  }
  if (api.messageDisplayScripts) {
    await api.messageDisplayScripts.register({ js: [{ file }] });
    return 'messageDisplayScripts';
  }
  return 'none';
}
