import { createHash } from 'node:crypto';

/**
 * The only script that runs before the page is painted, inlined in <head>: it applies the
 * reader's remembered theme (so there is no flash of the other one) and marks the document as
 * scripted, which reveals the controls that need JavaScript without moving anything later.
 * Its text never changes from page to page, so a Content-Security-Policy can allow it by hash.
 */
export const themeInitScript =
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}document.documentElement.classList.add('js')";

/** `'sha256-…'`, the CSP source expression that allows {@link themeInitScript}. */
export const themeInitHash = `'sha256-${createHash('sha256').update(themeInitScript).digest('base64')}'`;

/** The localStorage key under which the chosen theme ('light' or 'dark') is remembered. */
export const themeStorageKey = 'theme';
