// The content of a note's popover: the note's own list item, or an editors' note fetched from
// the glossary page (once, on first use).
import { open, type PopoverContent } from './popover.ts';

let glossaryPage: Promise<Document> | undefined;

/** The note's list item, cloned whole (whatever it holds), without ids or its back link. */
function noteContent(link: HTMLAnchorElement): PopoverContent | undefined {
  const note = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (!note) return undefined;
  const copy = note.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[data-footnote-backref]').forEach((a) => a.remove());
  copy.querySelectorAll('[id]').forEach((e) => e.removeAttribute('id'));
  return { label: link.getAttribute('aria-label') ?? `Note ${link.textContent}`, body: [...copy.childNodes] };
}

async function glossaryContent(link: HTMLAnchorElement): Promise<PopoverContent | undefined> {
  glossaryPage ??= fetch(link.href.split('#')[0]!)
    .then((response) => response.text())
    .then((html) => new DOMParser().parseFromString(html, 'text/html'));
  const entry = (await glossaryPage).getElementById(link.dataset['glossary'] ?? '');
  if (!entry) return undefined;
  const term = document.createElement('p');
  term.className = 'term';
  term.textContent = entry.querySelector('h2')?.textContent ?? '';
  const text = entry.querySelector('.entry-text')?.cloneNode(true);
  const more = document.createElement('a');
  more.href = link.href;
  more.className = 'sans';
  more.textContent = 'In the glossary';
  return { label: 'Editors’ note', className: 'editors', body: [term, ...(text ? [text] : []), more] };
}

/** Open the note or editors' note that `link` points to; if it cannot be found, follow the link. */
export async function showNote(link: HTMLAnchorElement, focus: boolean): Promise<void> {
  const content = link.dataset['glossary'] ? await glossaryContent(link).catch(() => undefined) : noteContent(link);
  if (content) open(link, content, focus);
  else if (focus) location.href = link.href;
}
