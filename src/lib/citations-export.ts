import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { Cite as RehypeCite } from 'rehype-citation';
import type { PaperMetadata } from './paper-metadata.ts';
import type { CslItem, CslName } from './citations-types.ts';

interface CslConfig {
  templates: { add(name: string, xml: string): void; get(name: string): string; has(name: string): boolean };
}

// BibTeX keys are our CSL ids (`feldman-2021-iran`): citation-js would otherwise rebuild a key
// (`Feldman2021Iran`) because its safety check rejects the hyphen, which BibTeX allows.
(plugins.config.get('@bibtex') as { format: { checkLabel: boolean } }).format.checkLabel = false;

// citation-js ships APA; the Chicago author-date style comes from rehype-citation, which formats
// the sources page, so both use one copy of the style.
const cslConfig = plugins.config.get('@csl') as CslConfig;
if (!cslConfig.templates.has('chicago')) {
  const rehypeCsl = (RehypeCite as unknown as { plugins: { config: { get(name: string): CslConfig } } }).plugins.config;
  cslConfig.templates.add('chicago', rehypeCsl.get('@csl').templates.get('chicago'));
}

/** A BibTeX file of `items`, one entry per item, keyed by its CSL id. */
export function toBibtex(items: readonly CslItem[]): string {
  return new Cite(items.map((item) => ({ ...item, 'citation-key': item.id }))).format('bibtex', { format: 'text' });
}

/** An RIS file of `items` (RIS 2011 tags), one record per item. */
export function toRis(items: readonly CslItem[]): string {
  return items
    .map((item) => withNewsAuthors(new Cite(item).format('ris'), item))
    .map((record) => (record.endsWith('\n') ? record : `${record}\n`))
    .join('');
}

/** A CSL-JSON file of `items`. */
export function toCslJson(items: readonly CslItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}

function risName(name: CslName): string {
  return name.literal ?? [name.family, name.given].filter(Boolean).join(', ');
}

/**
 * In RIS 2011 a NEWS record's authors are its reporters (AU) and its full date is DA; citation-js
 * writes neither from CSL `author`, so a newspaper article would lose its author and day.
 */
function withNewsAuthors(record: string, item: CslItem): string {
  if (!record.startsWith('TY  - NEWS') || /^AU {2}- /m.test(record)) return record;
  const lines = (item.author ?? []).map((name) => `AU  - ${risName(name)}`);
  const [y, m, d] = item.issued?.['date-parts']?.[0] ?? [];
  if (y !== undefined && !/^DA {2}- /m.test(record)) {
    lines.push(`DA  - ${[y, m, d].map((n) => (n === undefined ? '' : String(n).padStart(2, '0'))).join('/')}/`);
  }
  return record.replace(/^TY {2}- NEWS\n/, (head) => `${head}${lines.map((l) => `${l}\n`).join('')}`);
}

/** The paper itself as a CSL item, from content/paper.yaml. */
export function paperItem(paper: PaperMetadata): CslItem {
  const [year, month] = paper.date.split('-').map(Number);
  return {
    id: paperCitationKey(paper),
    type: 'report',
    title: paper.title,
    author: paper.authors,
    translator: paper.translators,
    publisher: paper.publisher,
    'collection-title': paper.series,
    'collection-number': String(paper.number),
    issued: { 'date-parts': [[year ?? 0, month ?? 1]] },
    ISBN: paper.isbn,
    language: paper.language,
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

/** The paper for reference managers: its series number also as the report number. */
function paperExportItem(paper: PaperMetadata): CslItem {
  return { ...paperItem(paper), number: String(paper.number) };
}

/** The paper's BibTeX entry. */
export function paperBibtex(paper: PaperMetadata): string {
  return toBibtex([paperExportItem(paper)]);
}

/** The paper's RIS record. */
export function paperRis(paper: PaperMetadata): string {
  return toRis([paperExportItem(paper)]);
}

/** The paper's reference in a citation style: Chicago (author-date) or APA, as plain text or HTML. */
export function formatPaper(paper: PaperMetadata, style: 'apa' | 'chicago', format: 'text' | 'html'): string {
  const html = new Cite(paperItem(paper)).format('bibliography', { format, template: style, lang: 'en-US' }).trim();
  // Keep the entry, not the wrapping <div class="csl-bib-body"><div class="csl-entry">.
  return format === 'html' ? html.replace(/^<div[^>]*>\s*<div[^>]*>/, '').replace(/<\/div>\s*<\/div>$/, '') : html;
}
