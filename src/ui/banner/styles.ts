/**
 * Banner CSS, scoped by the closed shadow root. Light and dark schemes. Nothing is truncated: the headline and
 * the reasons wrap (long message-derived values are shortened before they reach the banner, see mount.ts).
 */
export const BANNER_CSS = `
:host { all: initial !important; display: block !important; margin: 0 0 12px 0 !important; }
.banner {
  --bg: #fdecea; --fg: #3c1512; --accent: #b3261e; --btn-bg: #b3261e; --btn-fg: #ffffff;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic UI", sans-serif;
  background: var(--bg); color: var(--fg); border-left: 6px solid var(--accent);
  padding: 10px 12px; border-radius: 4px; box-sizing: border-box; max-width: 100%; min-width: 0;
  overflow-wrap: anywhere; word-break: normal; line-break: strict;
}
.banner.caution { --bg: #fff4e0; --fg: #3a2600; --accent: #9a5b00; --btn-bg: #7a4800; }
@media (prefers-color-scheme: dark) {
  .banner { --bg: #3b1614; --fg: #fbe3e0; --accent: #f28b82; --btn-bg: #f28b82; --btn-fg: #1f0b0a; }
  .banner.caution { --bg: #3a2a0c; --fg: #fbecd0; --accent: #fbbc5a; --btn-bg: #fbbc5a; --btn-fg: #241600; }
}
.headline { display: flex; gap: 8px; align-items: baseline; font-weight: 700; font-size: 15px; min-width: 0; }
.headline .icon { flex: none; color: var(--accent); font-size: 16px; }
.headline .text { flex: 1 1 auto; min-width: 0; white-space: normal; }
ul.reasons { margin: 6px 0 0 0; padding-left: 22px; }
ul.reasons li { margin: 2px 0; white-space: normal; }
.advice { margin: 8px 0 0 0; font-weight: 600; }
.untrusted { unicode-bidi: isolate; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
button { font: inherit; border-radius: 4px; padding: 3px 10px; cursor: pointer; border: 1px solid var(--btn-bg); white-space: normal; text-align: start; }
button.primary { background: var(--btn-bg); color: var(--btn-fg); }
button.secondary { background: transparent; color: var(--fg); }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
`;
