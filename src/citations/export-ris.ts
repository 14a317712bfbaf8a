// RIS written from the CSL data, one line per tag, with the types and tags that Zotero's RIS
// import (zotero/translators, RIS.js) maps to the right fields. citation-js wraps long values onto
// untagged lines (Zotero joins them with a space), cuts ID to 20 characters and drops a newspaper
// article's author and day: its RIS is not used.
import type { CslDate, CslName, PaperItem } from '../contract/index.ts';
import { MONTHS } from './note-text.ts';
import { remarks } from './remarks.ts';

/** `TY` per CSL type: the RIS type RIS.js imports as the Zotero type that maps back to it. */
const RIS_TYPES: Readonly<Record<string, string>> = {
  'article-journal': 'JOUR',
  'article-magazine': 'MGZN',
  'article-newspaper': 'NEWS',
  book: 'BOOK',
  chapter: 'CHAP',
  report: 'RPRT',
  webpage: 'ELEC',
  'post-weblog': 'BLOG',
  // why: RIS has no type Zotero reads as a forum post or a document: a tweet is an ELEC page of its
  // kind (M3 "Tweet"), an official statement a government document (GOVDOC, a Zotero report).
  post: 'ELEC',
  document: 'GOVDOC',
  // CHART is read as Zotero's artwork, which maps back to CSL graphic.
  graphic: 'CHART',
};

/** A name as RIS.js reads it: `Family, Given` (`, D.` for initials alone), or an organisation, kept whole. */
function risName(name: CslName): string {
  return name.literal ?? `${name.family ?? ''}, ${name.given ?? ''}`.replace(/,\s*$/, '');
}

/** `DA`: `2021/08/04/` for a day, month or year; a season or a range as printed, which Zotero keeps as text. */
export function risDate(date: CslDate): string | undefined {
  const parts = date['date-parts'] ?? [];
  const [first, second] = parts;
  if (!first || first[0] === undefined) return undefined;
  const spelled = (p: readonly number[]) => [p[1] ? MONTHS[p[1] - 1] : undefined, p[0]].filter(Boolean).join(' ');
  if (date.season) return `${date.season} ${first[0]}`;
  if (second) {
    // `January-February 2019`, `December 2020-January 2021`.
    const sameYear = first[0] === second[0] && first[1] && second[1];
    return sameYear ? `${MONTHS[first[1]! - 1]}-${spelled(second)}` : `${spelled(first)}-${spelled(second)}`;
  }
  const [y, m, d] = first;
  return `${String(y).padStart(4, '0')}/${m ? String(m).padStart(2, '0') : ''}/${d ? String(d).padStart(2, '0') : ''}/`;
}

/** One record's tags, in RIS.js's export order. */
function tags(item: PaperItem): [string, string | undefined][] {
  const ty = RIS_TYPES[item.type] ?? 'GEN';
  const container = item['container-title'];
  const series = item['collection-title'];
  // T2 is the container for parts (journal, newspaper, site, book), the series for whole works.
  const t2 = ty === 'RPRT' || ty === 'BOOK' || ty === 'GOVDOC' ? series : container;
  // Editors: A2 for a chapter's or article's, A3 for a book's (A2 is a book's series editor), ED elsewhere.
  const editorTag = ty === 'BOOK' ? 'A3' : ty === 'CHAP' || ty === 'JOUR' ? 'A2' : 'ED';
  const [first, last] = item.page?.split(/[-–]/) ?? [];
  const year = item.issued?.['date-parts']?.[0]?.[0];
  // A report's SN is its number; a book's or chapter's is its ISBN. A report's ISBN goes to Zotero's Extra.
  const sn = ty === 'RPRT' || ty === 'GOVDOC' ? item.number : item.ISBN;
  const extraIsbn = (ty === 'RPRT' || ty === 'GOVDOC') && item.ISBN ? `ISBN: ${item.ISBN}` : undefined;
  return [
    ['TY', ty],
    ['ID', item.id],
    ['TI', item.title],
    ...(item.author ?? []).map((n): [string, string] => ['AU', risName(n)]),
    ['T2', t2],
    ...(item.editor ?? []).map((n): [string, string] => [editorTag, risName(n)]),
    ...(item.translator ?? []).map((n): [string, string] => ['A4', risName(n)]),
    ['CY', item['publisher-place']],
    ['DA', item.issued ? risDate(item.issued) : undefined],
    ['PY', year === undefined ? undefined : String(year)],
    ['VL', item.volume],
    ['IS', item.issue],
    ['SP', first],
    ['EP', last],
    ['LA', item.language],
    ['M1', extraIsbn],
    ['M3', item.genre],
    ['PB', item.publisher],
    ['SN', sn],
    ['UR', item.URL],
    ...remarks(item).map((r): [string, string] => ['N1', r.key ? `${r.key}: ${r.value}` : r.value]),
  ];
}

/** One line per tag: a value never spans lines (RIS.js would join a continuation with a space). */
function line(tag: string, value: string): string {
  return `${tag}  - ${value.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim()}`;
}

/** An RIS file of `items` (sources, or the paper), one record per item, CRLF line ends as the RIS specification asks. */
export function toRis(items: readonly PaperItem[]): string {
  return items
    .map((item) =>
      [
        ...tags(item)
          .filter((t): t is [string, string] => t[1] !== undefined && t[1].trim() !== '')
          .map(([tag, value]) => line(tag, value)),
        'ER  - ',
      ].join('\r\n'),
    )
    .map((record) => `${record}\r\n\r\n`)
    .join('');
}
