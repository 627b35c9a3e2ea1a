/**
 * Where the widget's script was served from: the API's default address, so a practice pastes one
 * tag and no settings. The IIFE build is a classic script, with no import.meta (the build leaves
 * `{}`), but document.currentScript is set while it first runs.
 */
export const SCRIPT_ORIGIN = new URL(
  (document.currentScript as HTMLScriptElement | null)?.src || import.meta.url || location.href,
).origin;
