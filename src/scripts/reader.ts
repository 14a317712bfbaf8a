// The one script every page loads (a module: it never blocks the text). It is kept tiny: the
// theme toggle and print button live here; the popovers, paragraph actions and the cite block's
// copy buttons load on the reader's first gesture towards a note, an editors' note, a "¶" link
// or a copy button, so a first visit downloads almost no JavaScript. Everything it enhances works, or is hidden, without it.
import { initSidenotes, pointOut, wide } from './sidenotes.ts';
import { initTheme } from './theme.ts';
import './site-search.ts';
import './register-service-worker.ts';

const NOTE = 'a[data-footnote-ref]';
const GLOSS = 'a[data-glossary]';
const PILCROW = 'a.pilcrow';
const TARGETS = `${NOTE}, ${GLOSS}, ${PILCROW}`;
// The enhancement is bundled on its own (as a classic script, which is what `?worker&url` gives)
// and added on the first gesture that needs it; it then answers on window.readerEnhance.
import enhanceUrl from './enhance.ts?worker&url';

export interface Enhance {
  activate: (link: HTMLAnchorElement, status: HTMLElement) => void;
  hover: (over: Element, link: HTMLAnchorElement | undefined) => void;
  quote: (status: HTMLElement) => void;
  copyFile: (button: HTMLButtonElement) => Promise<void>;
}

declare global {
  interface Window {
    readerEnhance?: Enhance;
  }
}

let enhance: Promise<Enhance> | undefined;
const load = () =>
  (enhance ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = enhanceUrl;
    script.onload = () => (window.readerEnhance ? resolve(window.readerEnhance) : reject(new Error(enhanceUrl)));
    script.onerror = reject;
    document.head.append(script);
  }));

/** The link an event concerns, if the enhanced script handles it. */
function target(event: Event): HTMLAnchorElement | undefined {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>(TARGETS);
  return link && !link.closest('.popover') ? link : undefined;
}

initTheme();
initSidenotes();
document.querySelector('[data-print]')?.addEventListener('click', () => window.print());

// The live region for confirmations exists from the start, so that screen readers announce them.
const status = document.createElement('p');
status.className = 'toast';
status.setAttribute('role', 'status');
document.body.append(status);

document.addEventListener('click', (event) => {
  const copy = (event.target as Element).closest?.<HTMLButtonElement>('.cite-this-paper button[data-src]');
  if (copy) void load().then((m) => m.copyFile(copy));
  const link = target(event);
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  // On a wide screen the note is already beside the text: point it out, the reader stays put.
  if (link.matches(NOTE) && wide.matches && pointOut(link)) return;
  void load().then((m) => m.activate(link, status));
});
document.addEventListener('pointerover', (event) => {
  const link = target(event);
  // A hover preview only where the note is not beside the text already.
  if (link?.matches(NOTE) && wide.matches && document.querySelector(`.sidenote[data-note="${link.hash.slice(1)}"]`))
    return;
  if (event.pointerType === 'mouse' && (link || enhance))
    void load().then((m) => m.hover(event.target as Element, link));
});
// Selected words of a paragraph offer to be copied as a quotation (src/scripts/quote.ts).
let selectionTimer = 0;
document.addEventListener('selectionchange', () => {
  clearTimeout(selectionTimer);
  // The quotation code loads with the rest of the enhancement, once words are selected.
  selectionTimer = window.setTimeout(() => {
    if (enhance || getSelection()?.isCollapsed === false) void load().then((m) => m.quote(status));
  }, 200);
});
