// The "¶" menu: copy the paragraph's address, or its citation, confirmed in the live region.
import { open } from './popover.ts';

let statusTimer = 0;

async function copy(status: HTMLElement, text: string, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = done;
  } catch {
    status.textContent = 'Copying is not allowed here: select the text to copy it.';
  }
  clearTimeout(statusTimer);
  statusTimer = window.setTimeout(() => (status.textContent = ''), 4000);
}

function button(label: string, action: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'tool';
  b.textContent = label;
  b.addEventListener('click', action);
  return b;
}

/** Open the menu of the paragraph whose "¶" link is `link`; the citation template is on an ancestor's data-cite. */
export function openParagraphMenu(link: HTMLAnchorElement, status: HTMLElement): void {
  const paragraph = document.getElementById(link.hash.slice(1));
  const template = link.closest<HTMLElement>('[data-cite]')?.dataset['cite'];
  if (!paragraph || !template) {
    location.hash = link.hash;
    return;
  }
  const n = paragraph.dataset['paragraph']!;
  const url = `${location.origin}${location.pathname}#${paragraph.id}`;
  const citation = template.replace('{n}', n).replace('{url}', url);
  const cite = document.createElement('p');
  cite.className = 'cite';
  cite.textContent = citation;
  const actions = document.createElement('div');
  actions.className = 'actions';
  actions.append(
    button('Copy link', () => void copy(status, url, 'Link to paragraph copied')),
    button('Cite this paragraph', () => void copy(status, citation, 'Citation copied')),
  );
  // The paragraph's themes, from the list at the end of the section.
  const item = document.querySelector(`.section-themes li[data-for="${paragraph.id}"]`);
  const themes = document.createElement('p');
  themes.className = 'passage-themes-menu';
  if (item) themes.append('Themes: ', ...[...item.querySelectorAll('a')].slice(1).map((a) => a.cloneNode(true)));
  open(link, { label: `Paragraph ${n}`, body: [actions, cite, ...(item ? [themes] : [])] }, true);
}
