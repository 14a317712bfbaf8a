/**
 * A page's Highwire `citation_*` tags read the way Zotero's Embedded Metadata translator
 * (zotero/translators, `Embedded Metadata.js`) reads them: the item type it decides, the fields
 * of its HIGHWIRE_MAPPINGS, its creator splitting, its fallbacks (description for the abstract,
 * canonical link for the URL, `<html lang>`), then Zotero's schema for the fields a type keeps.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import zoteroSchema from '../fixtures/schemas/zotero-schema.json' with { type: 'json' };

// Embedded Metadata.js HIGHWIRE_MAPPINGS, in its order.
const HIGHWIRE_MAPPINGS: Record<string, string> = {
  citation_title: 'title',
  citation_publication_date: 'date',
  citation_cover_date: 'date',
  citation_date: 'date',
  citation_journal_title: 'publicationTitle',
  citation_journal_abbrev: 'journalAbbreviation',
  citation_inbook_title: 'publicationTitle',
  citation_book_title: 'bookTitle',
  citation_volume: 'volume',
  citation_issue: 'issue',
  citation_series_title: 'series',
  citation_conference_title: 'conferenceName',
  citation_conference: 'conferenceName',
  citation_dissertation_institution: 'university',
  citation_technical_report_institution: 'institution',
  citation_technical_report_number: 'number',
  citation_publisher: 'publisher',
  citation_isbn: 'ISBN',
  citation_abstract: 'abstractNote',
  citation_doi: 'DOI',
  citation_public_url: 'url',
  citation_language: 'language',
};

// The tag that decides the type (detectWeb's switch), strongest first.
const HW_TYPES: Record<string, string> = {
  citation_journal_title: 'journalArticle',
  citation_technical_report_institution: 'report',
  citation_conference_title: 'conferencePaper',
  citation_conference: 'conferencePaper',
  citation_book_title: 'bookSection',
  citation_inbook_title: 'bookSection',
  citation_dissertation_institution: 'thesis',
};

export interface SavedItem {
  itemType: string;
  fields: Record<string, string>;
  creators: { lastName: string; firstName: string; creatorType: string }[];
  /** Fields the translator set that the item type does not have: Zotero drops them. */
  dropped: Record<string, string>;
}

/** The `<meta name content>` pairs of a page's `<head>`, and its canonical link and language. */
function headOf(html: string): { meta: [string, string][]; canonical?: string; lang?: string } {
  const tree: Root = fromHtml(html);
  const meta: [string, string][] = [];
  let canonical: string | undefined;
  let lang: string | undefined;
  visit(tree, 'element', (e: Element) => {
    if (e.tagName === 'html') lang = String(e.properties['lang'] ?? '') || undefined;
    if (e.tagName === 'meta' && typeof e.properties['name'] === 'string')
      meta.push([e.properties['name'], String(e.properties['content'] ?? '')]);
    if (e.tagName === 'link' && Array.isArray(e.properties['rel']) && e.properties['rel'].includes('canonical'))
      canonical = String(e.properties['href']);
  });
  return { meta, ...(canonical ? { canonical } : {}), ...(lang ? { lang } : {}) };
}

/** The names of the page's `citation_*` tags. */
export function citationTags(html: string): [string, string][] {
  return headOf(html).meta.filter(([name]) => name.startsWith('citation_'));
}

/** What Zotero saves from the page, or undefined when the translator finds no Highwire item. */
export function saveWithEmbeddedMetadata(html: string): SavedItem | undefined {
  const { meta, canonical, lang } = headOf(html);
  const content = (name: string) => meta.find(([n]) => n.endsWith(name))?.[1];
  const hw = meta.filter(([n]) => n.startsWith('citation_'));
  if (hw.length === 0) return undefined;
  let itemType = 'webpage';
  for (const [name] of hw) if (HW_TYPES[name]) itemType = HW_TYPES[name];
  if (itemType === 'webpage' && hw.some(([n]) => n === 'citation_title' || n === 'citation_series_title'))
    itemType = 'journalArticle';
  const raw: Record<string, string> = {};
  for (const [tag, field] of Object.entries(HIGHWIRE_MAPPINGS)) {
    const value =
      field === 'ISBN'
        ? meta
            .filter(([n]) => n.endsWith(tag))
            .map(([, c]) => c)
            .join(', ')
        : content(tag);
    if (value?.trim()) raw[field] = value.replace(/\s+/g, ' ').trim();
  }
  raw['abstractNote'] ??= content('description') ?? '';
  raw['url'] ??= canonical ?? '';
  raw['language'] ??= lang ?? '';
  const creators = meta
    .filter(([n]) => n.endsWith('citation_author'))
    .flatMap(([, c]) => c.split(/\s*;\s*/))
    .map((name) => {
      const [last = '', first = ''] = name.includes(',')
        ? name.split(/\s*,\s*/)
        : [name.split(' ').pop(), name.split(' ').slice(0, -1).join(' ')];
      return { lastName: last, firstName: first, creatorType: 'author' };
    });
  // Zotero keeps a field the type has, or maps a base field to the type's own (publisher → institution).
  const type = zoteroSchema.itemTypes.find((t) => t.itemType === itemType)!;
  const fields: Record<string, string> = {};
  const dropped: Record<string, string> = {};
  for (const [field, value] of Object.entries(raw)) {
    if (!value) continue;
    const own =
      type.fields.find((f) => f.field === field)?.field ??
      type.fields.find((f) => 'baseField' in f && f.baseField === field)?.field;
    if (own) fields[own] ??= value;
    else dropped[field] = value;
  }
  return { itemType, fields, creators, dropped };
}
