import { paperItem } from './export.ts';
import { formatCitation, formatText, type CitationStyle } from './format.ts';
import type { PaperMetadata } from '../lib/paper-metadata.ts';
import { paperHref } from '../lib/urls.ts';

/** Where the "¶" menu fetches a paper's templates of {@link citeParagraph} (src/pages/[paper]/cite-paragraph.json.ts): a page's `data-cite`. */
export const paragraphCitationsHref = (paper: string): string => paperHref(paper, 'cite-paragraph.json');

/** Placeholders that the client script fills in: the paragraph number and the paragraph's URL. */
export const citePlaceholders = { paragraph: '{n}', url: '{url}' } as const;

/** How to cite one paragraph in one style: the reference (at the paragraph's address) and the in-text citation. */
export interface ParagraphCitation {
  readonly style: CitationStyle;
  /** "APA (7th edition)". */
  readonly name: string;
  readonly reference: string;
  /** "(Therme, 2022, para. {n})". */
  readonly inText: string;
}

const styleNames: Readonly<Record<CitationStyle, string>> = {
  chicago: 'Chicago (18th edition, author-date)',
  apa: 'APA (7th edition)',
};

/**
 * The citation of a paragraph in Chicago and APA, formatted by citeproc from the official styles:
 * the paper's reference with the paragraph's URL, and an in-text citation at `para. n`. With the
 * default arguments they are templates whose `{n}` and `{url}` the page's script fills in.
 */
export function citeParagraph(
  paper: PaperMetadata,
  paragraph: string = citePlaceholders.paragraph,
  url: string = citePlaceholders.url,
): ParagraphCitation[] {
  const item = paperItem(paper, url);
  return (['chicago', 'apa'] as const).map((style) => ({
    style,
    name: styleNames[style],
    reference: formatText(item, style),
    inText: formatCitation(item, style, { label: 'paragraph', locator: paragraph }),
  }));
}
