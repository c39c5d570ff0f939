/** Gives a Gecko app window (Thunderbird's 3-pane, Firefox's browser window) a fixed position and size. */
import type { Marionette } from './marionette.js';

/** Waits for the most recent window of `windowType`, moves it to 0,0, resizes it and returns its outer size. */
export async function fixWindowRect(
  m: Marionette,
  windowType: string,
  width: number,
  height: number,
): Promise<{ width: number; height: number }> {
  return m.exec(
    `
    const [type, w, h] = args;
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
    for (let k = 0; k < 500; k++) {
      const win = Services.wm.getMostRecentWindow(type);
      if (win && win.document.readyState === "complete") {
        if (win.windowState !== win.STATE_NORMAL) win.restore();
        win.moveTo(0, 0);
        win.resizeTo(w, h);
        for (let j = 0; j < 100 && (win.outerWidth !== w || win.outerHeight !== h); j++) await sleep(20);
        return { width: win.outerWidth, height: win.outerHeight };
      }
      await sleep(20);
    }
    throw new Error("no " + type + " window");
  `,
    [windowType, width, height],
  );
}
