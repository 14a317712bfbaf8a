import type { PaperMetadata } from './paper-metadata.ts';

/** Placeholders that the client script fills in: the paragraph number and the paragraph's URL. */
export const citePlaceholders = { paragraph: '{n}', url: '{url}' } as const;

/**
 * The citation of one paragraph, in the style
 * `Therme, C. (2022). Title, “Section title”, ¶ 3. Ifri. <url>`; with the default arguments it
 * is a template whose `{n}` and `{url}` the page's script fills in.
 */
export function citeParagraph(
  paper: Pick<PaperMetadata, 'authors' | 'date' | 'title' | 'publisher'>,
  sectionTitle: string,
  paragraph: string = citePlaceholders.paragraph,
  url: string = citePlaceholders.url,
): string {
  const authors = paper.authors.map((a) => `${a.family}, ${initials(a.given)}`).join(', ');
  const year = paper.date.slice(0, 4);
  return `${authors} (${year}). ${paper.title}, “${sectionTitle}”, ¶ ${paragraph}. ${paper.publisher}. <${url}>`;
}

/** "Clément" → "C.", "Jean-Pierre" → "J.-P." */
function initials(given: string): string {
  return given
    .split(/\s+/)
    .map((name) =>
      name
        .split('-')
        .map((part) => `${part.charAt(0)}.`)
        .join('-'),
    )
    .join(' ');
}
