// biblatex written from the CSL data: ISO dates in `date` (seasons as ISO 8601-2 21–24), URLs in
// `url`, `langid` for French, titles brace-protected so that no reader re-cases them. citation-js
// wrote `month = {aug 4}` (pandoc keeps the year only) and put URLs in `howpublished` (pandoc's
// publisher): its BibTeX is not used.
import type { CslDate, CslName, PaperItem } from '../contract/index.ts';

/** Entry type and, for articles, biblatex's `entrysubtype`. */
const ENTRY_TYPES: Readonly<Record<string, readonly [string, string?]>> = {
  'article-journal': ['article'],
  'article-magazine': ['article', 'magazine'],
  'article-newspaper': ['article', 'newspaper'],
  book: ['book'],
  chapter: ['incollection'],
  report: ['report'],
  webpage: ['online'],
  'post-weblog': ['online'],
  post: ['online'],
  document: ['online'],
  graphic: ['online'],
};

// babel/polyglossia names for `langid`. why: none for transliterated Persian (`fa-Latn`): `persian`
// would switch the title to Arabic script and right-to-left; its case is kept by the braces anyway.
const LANGIDS: Readonly<Record<string, string>> = {
  fr: 'french',
  de: 'german',
  es: 'spanish',
  it: 'italian',
  ru: 'russian',
};

const SEASONS: Readonly<Record<string, number>> = { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 };

/** `2021-08-04`, `2019-01/2019-02`, `2018-23` (autumn), `2020-24/2020-21` (winter–spring). */
export function bibDate(date: CslDate): string | undefined {
  const parts = date['date-parts'] ?? [];
  const iso = (p: readonly number[]) => p.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
  const year = parts[0]?.[0];
  if (year === undefined) return undefined;
  if (date.season) {
    const seasons = String(date.season)
      .toLowerCase()
      .split(/[-–]/)
      .map((s) => SEASONS[s]);
    if (seasons.every((s) => s !== undefined)) return seasons.map((s) => `${year}-${s}`).join('/');
    return String(year);
  }
  return parts.map(iso).join('/');
}

/**
 * TeX's special characters escaped in a literal field (not in `url`, which biblatex reads verbatim);
 * curly single quotes braced, or pandoc would read ‘…’ as a quotation and print it “…”.
 */
function escape(text: string): string {
  return text
    .replace(/[\\{}]/g, (c) => `\\${c}`)
    .replace(/[&%$#_]/g, (c) => `\\${c}`)
    .replace(/[~^]/g, (c) => `\\${c}{}`)
    .replace(/[‘’]/g, (c) => `{${c}}`);
}

function names(list: readonly CslName[] | undefined): string | undefined {
  if (!list || list.length === 0) return undefined;
  // why `{}, D.` for initials without a family name: `, D.` crashes biber's btparse.
  const one = (n: CslName) =>
    n.literal
      ? `{${escape(n.literal)}}`
      : [n.family ? escape(n.family) : '{}', n.given ? escape(n.given) : undefined].filter(Boolean).join(', ');
  return list.map(one).join(' and ');
}

/** One entry's fields, in a readable order; undefined values are left out. */
function fields(item: PaperItem): [string, string | undefined][] {
  const [, subtype] = ENTRY_TYPES[item.type] ?? ['misc'];
  const text = (value: string | undefined) => (value === undefined ? undefined : escape(value));
  // Double braces: the case of a title is as printed, and pandoc or a style must not change it.
  const title = (value: string | undefined) => (value === undefined ? undefined : `{${escape(value)}}`);
  // Braces too round a name in a list field (publisher, institution, location): its `and` is no separator.
  const list = title;
  const online = ENTRY_TYPES[item.type]?.[0] === 'online';
  const container = item['container-title'];
  const part = item.type === 'chapter' ? 'booktitle' : online ? 'organization' : 'journaltitle';
  const lang = item.language;
  return [
    ['author', names(item.author)],
    ['editor', names(item.editor)],
    ['translator', names(item.translator)],
    ['title', title(item.title)],
    [part, part === 'organization' ? list(container) : title(container)],
    ['entrysubtype', subtype],
    ['type', text(item.genre)],
    ['series', title(item['collection-title'])],
    ['volume', text(item.volume)],
    // biblatex's `number` is an article's issue number or a report's number.
    ['number', text(item.issue ?? item.number)],
    ['pages', item.page?.replace(/[-–]/, '--')],
    ['institution', item.type === 'report' ? list(item.publisher) : undefined],
    ['publisher', item.type === 'report' ? undefined : list(item.publisher)],
    // `address`, which biblatex reads as `location` and pandoc's BibTeX reader reads at all.
    ['address', list(item['publisher-place'])],
    ['date', item.issued ? bibDate(item.issued) : undefined],
    ['isbn', item.ISBN],
    ['url', item.URL],
    ['langid', lang ? LANGIDS[lang.split('-')[0]!] : undefined],
    ['note', text(item.note)?.replace(/\n/g, '; ')],
  ];
}

/** A biblatex file of `items` (sources, or the paper), one entry per item, keyed by its CSL id. */
export function toBibtex(items: readonly PaperItem[]): string {
  return items
    .map((item) => {
      const [type] = ENTRY_TYPES[item.type] ?? ['misc'];
      const body = fields(item)
        .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
        .map(([name, value]) => `  ${name} = {${value}},`);
      return `@${type}{${item.id},\n${body.join('\n')}\n}\n`;
    })
    .join('\n');
}
