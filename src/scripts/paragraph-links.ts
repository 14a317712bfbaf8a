// The "¶" menu: copy the paragraph's address, or its citation in Chicago or APA, confirmed in the
// live region. The citation templates (formatted by citeproc at build time) are fetched from the
// file named by an ancestor's data-cite the first time a menu opens, so pages stay light.
import { open } from './popover.ts';

interface ParagraphCitation {
  style: string;
  name: string;
  reference: string;
  inText: string;
}

let statusTimer = 0;
const templates = new Map<string, Promise<ParagraphCitation[]>>();

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

function citationsFrom(href: string): Promise<ParagraphCitation[]> {
  let pending = templates.get(href);
  if (!pending) {
    pending = fetch(href)
      .then((r) => (r.ok ? (r.json() as Promise<ParagraphCitation[]>) : []))
      .catch(() => []);
    templates.set(href, pending);
  }
  return pending;
}

/** Open the menu of the paragraph whose "¶" link is `link`; the citations' file is named by an ancestor's data-cite. */
export async function openParagraphMenu(link: HTMLAnchorElement, status: HTMLElement): Promise<void> {
  // The ¶ link stands before its paragraph (outside it: the paragraph holds only the author's text).
  const paragraph = document.getElementById(link.hash.slice(1));
  const href = link.closest<HTMLElement>('[data-cite]')?.dataset['cite'];
  if (!paragraph || !href) {
    location.hash = link.hash;
    return;
  }
  const n = paragraph.dataset['paragraph']!;
  const url = `${location.origin}${location.pathname}#${paragraph.id}`;
  const fill = (template: string) => template.replaceAll('{n}', n).replaceAll('{url}', url);
  const actions = document.createElement('div');
  actions.className = 'actions';
  actions.append(button('Copy link', () => void copy(status, url, 'Link to paragraph copied')));
  const body: HTMLElement[] = [actions];
  for (const c of await citationsFrom(href)) {
    const text = `${fill(c.reference)}\n${fill(c.inText)}`;
    const short = c.name.replace(/ \(.*$/, '');
    actions.append(button(`Cite in ${short}`, () => void copy(status, text, `${short} citation copied`)));
    const cite = document.createElement('p');
    cite.className = 'cite';
    const name = document.createElement('strong');
    name.textContent = `${c.name}: `;
    cite.append(name, fill(c.reference), document.createElement('br'), fill(c.inText));
    body.push(cite);
  }
  // The paragraph's themes, from the list at the end of the section.
  const item = document.querySelector(`.section-themes li[data-for="${paragraph.id}"]`);
  if (item) {
    const themes = document.createElement('p');
    themes.className = 'passage-themes-menu';
    const links = [...item.querySelectorAll('a')].slice(1);
    themes.append('Themes: ', ...links.flatMap((a, i) => (i === 0 ? [a.cloneNode(true)] : [' · ', a.cloneNode(true)])));
    body.push(themes);
  }
  open(link, { label: `Paragraph ${n}`, body }, true);
}
