// The one script every page loads (a module: it never blocks the text). It is kept tiny: the
// theme toggle and print button live here; the popovers, paragraph actions and the cite block's
// copy buttons load on the reader's first gesture towards a note, an editors' note, a "¶" link
// or a copy button, so a first visit downloads almost no JavaScript. Everything it enhances works, or is hidden, without it.
import { initTheme } from './theme.ts';
import { wide } from './wide.ts';
import './site-search.ts';
import './register-service-worker.ts';

const NOTE = 'a[data-footnote-ref]';
const GLOSS = 'a[data-glossary]';
const PILCROW = 'a.pilcrow';
const TARGETS = `${NOTE}, ${GLOSS}, ${PILCROW}`;
// The enhancement is bundled on its own (as a classic script, which is what `?worker&url` gives)
// and added on the first gesture that needs it; it then answers on window.readerEnhance.
import enhanceUrl from './enhance.ts?worker&url';
import marginNotesUrl from './margin-notes.ts?worker&url';

export interface Enhance {
  activate: (link: HTMLAnchorElement, status: HTMLElement) => void;
  hover: (over: Element, link: HTMLAnchorElement | undefined) => void;
  quote: (status: HTMLElement) => void;
  copyFile: (button: HTMLButtonElement) => Promise<void>;
}

export interface Sidenotes {
  pointOut: (link: HTMLAnchorElement) => boolean;
}

declare global {
  interface Window {
    readerEnhance?: Enhance;
    readerSidenotes?: Sidenotes;
  }
}

/** Add the classic script at `src` once; it resolves with what it puts on `window`. */
const script = <T>(src: string, exported: () => T | undefined): Promise<T> =>
  new Promise((resolve, reject) => {
    const element = document.createElement('script');
    element.src = src;
    element.onload = () => {
      const value = exported();
      if (value) resolve(value);
      else reject(new Error(src));
    };
    element.onerror = reject;
    document.head.append(element);
  });

let enhance: Promise<Enhance> | undefined;
const load = () => (enhance ??= script<Enhance>(enhanceUrl, () => window.readerEnhance));

/** The link an event concerns, if the enhanced script handles it. */
function target(event: Event): HTMLAnchorElement | undefined {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>(TARGETS);
  return link && !link.closest('.popover') ? link : undefined;
}

initTheme();

// Margin-note placement only on a page that has margin notes: fetched at load on a wide screen,
// otherwise once the screen becomes wide (narrow screens show notes in popovers instead).
let sidenotes: Promise<Sidenotes> | undefined;
const placeNotes = () => (sidenotes ??= script<Sidenotes>(marginNotesUrl, () => window.readerSidenotes));
if (document.querySelector('.sidenote')) {
  if (wide.matches) void placeNotes();
  else wide.addEventListener('change', () => void placeNotes(), { once: true });
}
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
  const open = () => void load().then((m) => m.activate(link, status));
  // On a wide screen the note is already beside the text: point it out, the reader stays put.
  if (link.matches(NOTE) && wide.matches && sidenotes) void sidenotes.then((m) => m.pointOut(link) || open());
  else open();
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
