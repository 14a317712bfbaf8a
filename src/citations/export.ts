import type { PaperMetadata } from '../lib/paper-metadata.ts';
import type { CslItem, PaperItem } from '../contract/index.ts';
import { toBibtex } from './export-bibtex.ts';
import { toRis } from './export-ris.ts';
import { formatEntries, formatText, type CitationStyle } from './format.ts';

export { toBibtex, toRis };

/** A CSL-JSON file of `items`. */
export function toCslJson(items: readonly CslItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}

/**
 * The paper itself as a CSL item, from its paper.yaml, at the edition's address `url`. Its
 * number is the report's `number` (Zotero's report number, RIS's SN, biblatex's `number`), which
 * the official APA and Chicago styles print as “No. 37”; the series is its `collection-title`.
 */
export function paperItem(paper: PaperMetadata, url: string): PaperItem {
  const [year, month] = paper.date.split('-').map(Number);
  return {
    id: paperCitationKey(paper),
    type: 'report',
    title: paper.title,
    author: paper.authors,
    translator: paper.translators,
    publisher: paper.publisher,
    ...(paper.place ? { 'publisher-place': paper.place } : {}),
    'collection-title': paper.series,
    number: String(paper.number),
    issued: { 'date-parts': [[year ?? 0, month ?? 1]] },
    ISBN: paper.isbn,
    language: paper.language,
    URL: url,
  };
}

/** `therme-2022-russia-iran`: first author, year and the title's first two words, like the sources' ids. */
export function paperCitationKey(paper: PaperMetadata): string {
  const words = paper.title
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !['the', 'a', 'an'].includes(w));
  const family = (paper.authors[0]?.family ?? 'anon').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return [family, paper.date.slice(0, 4), ...words.slice(0, 2)].join('-');
}

/** The paper's biblatex entry. */
export function paperBibtex(paper: PaperMetadata, url: string): string {
  return toBibtex([paperItem(paper, url)]);
}

/** The paper's RIS record. */
export function paperRis(paper: PaperMetadata, url: string): string {
  return toRis([paperItem(paper, url)]);
}

/** The paper's reference in a citation style (Chicago 18th author-date or APA 7th), as plain text or HTML. */
export function formatPaper(paper: PaperMetadata, url: string, style: CitationStyle, format: 'text' | 'html'): string {
  const item = paperItem(paper, url);
  return format === 'text' ? formatText(item, style) : formatEntries([item], style)[0]!.html;
}
