// Quote with citation: selected words of a paragraph (mouse, touch or keyboard) offer a button
// that copies them as a quotation, with a short citation and a link that opens the page at the
// passage highlighted (a URL text fragment after the paragraph's id, which older browsers follow).
let button: HTMLButtonElement | undefined;
let quoted = '';

/** The address of `text` in `paragraph`: its id, then a text fragment of its first and last words. */
export function passageUrl(paragraph: HTMLElement, text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const part = (w: string[]) => encodeURIComponent(w.join(' ')).replace(/-/g, '%2D');
  const directive = words.length > 8 ? `${part(words.slice(0, 4))},${part(words.slice(-4))}` : part(words);
  return `${location.origin}${location.pathname}#${paragraph.id}:~:text=${directive}`;
}

/**
 * `Therme, C. (2022). Title, “Section”, ¶ 3. Ifri. <url>`, from the page's own citation_* tags and the
 * heading of the part of the page that holds the paragraph: nothing more is sent for it.
 */
function shortCitation(paragraph: HTMLElement, url: string): string | undefined {
  const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
  const [family, given] = (meta('citation_author') ?? '').split(', ');
  const title = meta('citation_title');
  const part = paragraph.closest('[data-cite]')?.querySelector('h1, h2')?.textContent?.trim();
  if (!family || !title || !part) return undefined;
  const initials = (given ?? '')
    .split(/\s+/)
    .map((name) =>
      name
        .split('-')
        .map((p) => `${p.charAt(0)}.`)
        .join('-'),
    )
    .join(' ');
  const year = (meta('citation_publication_date') ?? '').slice(0, 4);
  const publisher = meta('citation_publisher') ?? '';
  return `${family}, ${initials} (${year}). ${title}, “${part}”, ¶ ${paragraph.dataset['paragraph']!}. ${publisher}. <${url}>`;
}

function selected(): { paragraph: HTMLElement; text: string } | undefined {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const paragraph = (range.commonAncestorContainer.parentElement ?? undefined)?.closest<HTMLElement>(
    'p[data-paragraph]',
  );
  const text = selection.toString().replace(/\s+/g, ' ').trim();
  return paragraph && text ? { paragraph, text } : undefined;
}

/** Show or hide the button after the selection changed; `status` announces a copy. */
export function onSelection(status: HTMLElement): void {
  const found = selected();
  if (!found) {
    if (button && document.activeElement !== button) button.hidden = true;
    return;
  }
  const citation = shortCitation(found.paragraph, passageUrl(found.paragraph, found.text));
  if (!citation) return;
  quoted = `“${found.text}” ${citation}`;
  if (!button) {
    button = document.createElement('button');
    button.type = 'button';
    button.className = 'tool quote-button';
    button.textContent = 'Copy as quotation';
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(quoted).then(
        () => (status.textContent = 'Quotation copied, with its citation and link'),
        () => (status.textContent = 'Copying is not allowed here: select the text to copy it.'),
      );
      button!.hidden = true;
    });
    document.body.append(button);
  }
  // Right after the paragraph, so Tab from the selection reaches it next; shown under the selection.
  found.paragraph.after(button);
  button.hidden = false;
  const box = getSelection()!.getRangeAt(0).getBoundingClientRect();
  const origin = (button.offsetParent ?? document.body).getBoundingClientRect();
  button.style.top = `${box.bottom + 8 - origin.top}px`;
  button.style.left = `${Math.max(8, Math.min(box.left, innerWidth - button.offsetWidth - 8)) - origin.left}px`;
}
