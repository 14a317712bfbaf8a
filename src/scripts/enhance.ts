// Loaded on the reader's first gesture (src/scripts/reader.ts): notes and editors' notes in a
// popover, the "¶" menu, the cite block's copy buttons, and their styles.
import popoverStyles from '../styles/popover.css?url';
import { copyFile } from './copy-file.ts';
import { close, currentTrigger, isPinned, popoverElement } from './popover.ts';
import { showNote } from './notes.ts';
import { openParagraphMenu } from './paragraph-links.ts';
import { onSelection } from './quote.ts';

let hoverTimer = 0;

const styled = new Promise<void>((resolve) => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = popoverStyles;
  link.onload = link.onerror = () => resolve();
  document.head.append(link);
});

/** A click, tap or Enter on a reference, an editors' note or a "¶" link. */
export function activate(link: HTMLAnchorElement, status: HTMLElement): void {
  clearTimeout(hoverTimer);
  void styled.then(() => (link.matches('a.pilcrow') ? openParagraphMenu(link, status) : showNote(link, true)));
}

/** A mouse moved over `over`; `link` is the reference or editors' note under it, if any. */
export function hover(over: Element, link: HTMLAnchorElement | undefined): void {
  clearTimeout(hoverTimer);
  if (link && !link.matches('a.pilcrow')) {
    if (currentTrigger() !== link)
      hoverTimer = window.setTimeout(() => void styled.then(() => showNote(link, false)), 250);
  } else if (currentTrigger() && !isPinned() && !popoverElement()?.contains(over)) {
    hoverTimer = window.setTimeout(() => close(false), 300);
  }
}

window.readerEnhance = { activate, hover, quote: onSelection, copyFile };
