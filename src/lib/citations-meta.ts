import type { PaperMetadata, Person } from './paper-metadata.ts';
import type { CslItem, CslName } from './citations-types.ts';

/** One `<meta name content>` of the Highwire Press vocabulary (read by Google Scholar, Zotero…). */
export interface MetaTag {
  name: string;
  content: string;
}

/** What a page adds to the paper's metadata: its own address and the sources its notes cite. */
export interface PageCitationContext {
  /** The page's canonical URL. */
  url: string;
  references: readonly CslItem[];
}

function personName(person: Person | CslName): string {
  if ('literal' in person && person.literal) return person.literal;
  return [person.family, person.given].filter(Boolean).join(', ');
}

function cslYear(item: CslItem): number | undefined {
  return item.issued?.['date-parts']?.[0]?.[0];
}

/** A source as one `citation_reference` value: `citation_title=…; citation_author=…; …`. */
export function citationReference(item: CslItem): string {
  const fields: [string, string | number | undefined][] = [
    ['citation_title', item.title],
    ...(item.author ?? []).map((a): [string, string] => ['citation_author', personName(a)]),
    ['citation_publication_date', cslYear(item)],
    [
      item.type === 'article-journal' ? 'citation_journal_title' : 'citation_publisher',
      item['container-title'] ?? item.publisher,
    ],
    ['citation_public_url', item.URL],
  ];
  return fields
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => `${name}=${String(value).replace(/;/g, ',')}`)
    .join('; ');
}

/** The Highwire Press `citation_*` tags of a page: the paper's metadata, the page's URL, its sources. */
export function highwireTags(paper: PaperMetadata, page: PageCitationContext): MetaTag[] {
  const tag = (name: string, content: string): MetaTag => ({ name, content });
  return [
    tag('citation_title', paper.title),
    ...paper.authors.map((a) => tag('citation_author', personName(a))),
    tag('citation_publication_date', paper.date.replace('-', '/')),
    tag('citation_publisher', paper.publisher),
    tag('citation_technical_report_institution', paper.publisher),
    tag('citation_technical_report_number', String(paper.number)),
    tag('citation_series_title', paper.series),
    tag('citation_isbn', paper.isbn),
    tag('citation_language', paper.language),
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
    translator: paper.translators.map(person),
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
