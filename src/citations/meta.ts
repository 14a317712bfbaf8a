import type { PaperMetadata, Person } from '../lib/paper-metadata.ts';
import type { CslItem, CslName } from '../contract/index.ts';

/** One `<meta name content>` of the Highwire Press vocabulary (read by Google Scholar, Zotero…). */
export interface MetaTag {
  name: string;
  content: string;
}

function personName(person: Person | CslName): string {
  if ('literal' in person && person.literal) return person.literal;
  return [person.family, person.given].filter(Boolean).join(', ');
}

/** What every page of the paper shares: the edition's address and the paper's abstract. */
export interface PaperCitationContext {
  /** The edition's URL (its home page): every page of the paper is one and the same work. */
  url: string;
  /** The paper's own summary, as plain text. */
  abstract: string;
  /** The sources the page's notes cite. */
  references: readonly CslItem[];
}

function cslDate(item: CslItem): string | undefined {
  const [y, m, d] = item.issued?.['date-parts']?.[0] ?? [];
  if (y === undefined) return undefined;
  return [y, m, d]
    .filter((n) => n !== undefined)
    .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
    .join('/');
}

/** Which Highwire tag holds a source's container or publisher, by type (a book title is not a publisher). */
function containerTags(item: CslItem): [string, string | undefined][] {
  const container = item['container-title'];
  switch (item.type) {
    case 'article-journal':
    case 'article-magazine':
    case 'article-newspaper':
      return [
        ['citation_journal_title', container],
        ['citation_volume', item.volume],
        ['citation_issue', item.issue],
      ];
    case 'chapter':
      return [
        ['citation_inbook_title', container],
        ['citation_publisher', item.publisher],
      ];
    case 'report':
    case 'document':
      return [
        ['citation_technical_report_institution', item.publisher],
        ['citation_technical_report_number', item.number],
        ['citation_series_title', item['collection-title']],
      ];
    case 'book':
      return [
        ['citation_publisher', item.publisher],
        ['citation_series_title', item['collection-title']],
      ];
    default:
      // A web page, a post, a chart: the site that publishes it.
      return [['citation_publisher', container ?? item.publisher]];
  }
}

/** A source as one `citation_reference` value: `citation_title=…; citation_author=…; …`, fields chosen by its type. */
export function citationReference(item: CslItem): string {
  const [first, last] = item.page?.split(/[-–]/) ?? [];
  const fields: [string, string | undefined][] = [
    ['citation_title', item.title],
    ...(item.author ?? []).map((a): [string, string] => ['citation_author', personName(a)]),
    ...(item.editor ?? []).map((a): [string, string] => ['citation_editor', personName(a)]),
    ['citation_publication_date', cslDate(item)],
    ...containerTags(item),
    ['citation_firstpage', first],
    ['citation_lastpage', last],
    ['citation_language', item.language],
    ['citation_public_url', item.URL],
  ];
  return fields
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => `${name}=${String(value).replace(/;/g, ',')}`)
    .join('; ');
}

/**
 * The Highwire Press `citation_*` tags of a page of the paper: the same Report on every page (Zotero's
 * Embedded Metadata makes a Report from `citation_technical_report_institution`), then the sources.
 */
export function highwireTags(paper: PaperMetadata, page: PaperCitationContext): MetaTag[] {
  const tag = (name: string, content: string): MetaTag => ({ name, content });
  return [
    tag('citation_title', paper.title),
    ...paper.authors.map((a) => tag('citation_author', personName(a))),
    tag('citation_publication_date', paper.date.replace('-', '/')),
    tag('citation_publisher', paper.publisher),
    tag('citation_technical_report_institution', paper.publisher),
    tag('citation_technical_report_number', String(paper.number)),
    // Google Scholar reads the series; Zotero maps it to `series`, which a Report lacks (README).
    tag('citation_series_title', paper.series),
    tag('citation_isbn', paper.isbn),
    tag('citation_language', paper.language),
    tag('citation_abstract', page.abstract),
    tag('citation_public_url', page.url),
    ...page.references.map((r) => tag('citation_reference', citationReference(r))),
  ];
}

/** schema.org JSON-LD for the paper, a `Report`. */
export function reportJsonLd(paper: PaperMetadata, siteUrl: string): Record<string, unknown> {
  const person = (p: Person) => ({
    '@type': 'Person',
    name: `${p.given} ${p.family}`,
    givenName: p.given,
    familyName: p.family,
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: paper.title,
    headline: paper.title,
    author: paper.authors.map(person),
    // A paper without translators says nothing of them, rather than an empty list.
    ...(paper.translators.length > 0 ? { translator: paper.translators.map(person) } : {}),
    publisher: { '@type': 'Organization', name: paper.publisherName, alternateName: paper.publisher },
    datePublished: paper.date,
    inLanguage: paper.language,
    reportNumber: String(paper.number),
    isPartOf: { '@type': 'CreativeWorkSeries', name: paper.series },
    identifier: { '@type': 'PropertyValue', propertyID: 'ISBN', value: paper.isbn },
    copyrightNotice: paper.copyright,
    url: siteUrl,
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so that no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
