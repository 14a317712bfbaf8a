/** One citation's parts → a CSL-JSON item (without its id) and the locator the note cites it at. */
import type { CitationParts } from './parse.ts';
import { readNames } from './note-text.ts';
import type { CslDate, CslItem, CslName, CslType } from '../contract/index.ts';
import { MONTHS } from './note-text.ts';

export interface BuiltItem {
  readonly item: Omit<CslItem, 'id'>;
  /** A single page cited (`p. 132`), as printed. */
  readonly locator?: string;
}

type Precision = 'day' | 'month' | 'season' | 'year';

const MONTH = `(${MONTHS.join('|')})`;
const SEASON = '(spring|summer|autumn|fall|winter)';

/** `August 4, 2021`, `16 July 2009`, `January-February 2019`, `autumn 2018`, `winter-spring 2020`, `2020/2`, `2016`. */
export function parseDate(text: string): { date: CslDate; precision: Precision } | undefined {
  const month = (name: string) => MONTHS.findIndex((m) => m.toLowerCase() === name.toLowerCase()) + 1;
  let m = new RegExp(`^${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i').exec(text);
  if (m) return { date: { 'date-parts': [[+m[3]!, month(m[1]!), +m[2]!]] }, precision: 'day' };
  m = new RegExp(`^(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})$`, 'i').exec(text);
  if (m) return { date: { 'date-parts': [[+m[3]!, month(m[2]!), +m[1]!]] }, precision: 'day' };
  m = new RegExp(`^${MONTH}(?:\\s*[-–]\\s*${MONTH})?\\s+(\\d{4})$`, 'i').exec(text);
  if (m) {
    const parts = [[+m[3]!, month(m[1]!)], ...(m[2] ? [[+m[3]!, month(m[2])]] : [])];
    return { date: { 'date-parts': parts }, precision: 'month' };
  }
  m = new RegExp(`^(${SEASON}(?:\\s*[-–]\\s*${SEASON})?)\\s+(\\d{4})$`, 'i').exec(text);
  if (m) return { date: { 'date-parts': [[+m[4]!]], season: m[1]! }, precision: 'season' };
  // `2020/2`: the second issue of 2020, whose number the citation also prints as `No.`.
  m = /^(\d{4})(?:\/\d{1,2})?$/.exec(text);
  if (m) return { date: { 'date-parts': [[+m[1]!]] }, precision: 'year' };
  return undefined;
}

const URL_FIELD = /^(?:(?:available at|disponible sur)\s*:\s*)?((?:https?:\/\/|www\.)\S+)$/i;
const OFFICIAL =
  /\b(?:ministry|embassy|consulates?|government|directorate|department of|parliament|senate|presidency)\b/i;
const OFFICIAL_HOST = /\.gov(?:\.[a-z]{2})?$|\.gouv\.[a-z]{2}$/;
const SERIES = /\b(?:papers?|insight|brief|briefing|analysis|perspectives?|commentary|occasional)\b/i;
const ORGANISATION = /\b(?:council|institute|institution|cent(?:er|re)|corporation|foundation|endowment|university)\b/i;
const ORGANISATION_HOST = /council|institute|center|centre|foundation|\.org$|\.edu$/;
const FRENCH = new Set(
  'le la les l un une des du de d et en au aux sur sous dans par pour avec entre quel quelle qui que nous vont selon après'.split(
    ' ',
  ),
);

/** A CSL item from what the citation prints: its type is read from its shape, never from an outlet's name. */
export function toCslItem(parts: CitationParts): BuiltItem {
  const plain: string[] = [];
  const remarks: string[] = [];
  const f: {
    url?: string;
    volume?: string;
    issue?: string;
    range?: string;
    locator?: string;
    date?: ReturnType<typeof parseDate>;
    place?: string;
    publisher?: string;
  } = {};
  let editors: readonly CslName[] = [];
  let byNames: readonly CslName[] = [];
  parts.fields.forEach((field, i) => {
    const names = i === 0 && parts.inBook ? readNames(field, 0) : undefined;
    const by = /^by\s+/.exec(field);
    const byList = by ? readNames(field, by[0].length) : undefined;
    const date = parseDate(field.replace(/^\((.*)\)$/, '$1'));
    let m: RegExpExecArray | null;
    if (names && names.end === field.length) editors = names.names;
    else if (byList && byList.end === field.length) byNames = byList.names;
    else if ((m = URL_FIELD.exec(field))) f.url = /^www\./i.test(m[1]!) ? `https://${m[1]}` : m[1]!;
    else if ((m = /^Vol\.\s*(.+)$/i.exec(field))) f.volume = m[1]!;
    else if ((m = /^No\.\s*(.+)$/i.exec(field))) f.issue = m[1]!;
    // why: a range is the extent of an article or chapter; one page is the place the note points to.
    else if ((m = /^(pp?)\.\s*(\S+)$/.exec(field))) {
      if (m[1] === 'pp' || /[-–]/.test(m[2]!)) f.range = m[2]!;
      else f.locator = field;
    } else if (date && !f.date) f.date = date;
    else if ((m = /^\((.*)\)$/.exec(field))) remarks.push(`remark: ${m[1]}`);
    else if ((m = /^([^:“«]+?)\s*:\s+([^:]+)$/.exec(field))) [f.place, f.publisher] = [m[1]!, m[2]!];
    else if (!/^op\.\s*cit\.?$/i.test(field)) plain.push(field);
  });

  const host = f.url ? /^(?:https?:\/\/)?([^/]+)/i.exec(f.url)![1]!.toLowerCase() : '';
  const outlet = plain.join(', ');
  const precision = f.date?.precision;
  const pick = (): { type: CslType; genre?: string } => {
    if (parts.descriptor === 'tweet') return { type: 'post', genre: 'Tweet' };
    if (parts.descriptor && /graphic|chart|map/.test(parts.descriptor)) return { type: 'graphic' };
    if (parts.descriptor === 'report') return { type: 'report' };
    if (parts.inBook) return { type: 'chapter' };
    if (!parts.quoted) return { type: 'book' };
    // why: an official body's dated text is a statement; undated by day, it is one of its publications.
    if (OFFICIAL.test(outlet) || OFFICIAL_HOST.test(host))
      return precision === 'day' ? { type: 'document', genre: 'Official statement' } : { type: 'report' };
    if (f.volume || f.range || (f.issue && !SERIES.test(plain[0] ?? ''))) return { type: 'article-journal' };
    if (SERIES.test(plain[0] ?? '')) return { type: 'report' };
    if (/blog/i.test(outlet) || host.includes('blog')) return { type: 'post-weblog' };
    // why: a think tank's dated piece is a web page; one dated by month or year is a paper it published.
    if (ORGANISATION.test(outlet) || ORGANISATION_HOST.test(host))
      return { type: precision === 'day' ? 'webpage' : 'report' };
    if (plain.length === 0) return { type: 'webpage' };
    // why: how finely an outlet dates its issues tells its rhythm: by day a newspaper, by month a magazine.
    if (precision === 'day') return { type: 'article-newspaper' };
    if (precision === 'month') return { type: 'article-magazine' };
    return { type: 'article-journal' };
  };
  const { type, genre } = pick();

  let container: string | undefined;
  let collection: string | undefined;
  let publisher = f.publisher;
  let place = f.place;
  let authors: readonly CslName[] = parts.role === 'author' ? [...parts.names, ...byNames] : byNames;
  if (type === 'document' || (type === 'post' && authors.length === 0)) {
    if (authors.length === 0 && outlet) authors = [{ literal: outlet }];
  } else if (type === 'report' || type === 'book') {
    if (SERIES.test(plain[0] ?? '')) collection = plain.shift();
    const rest = plain.join(', ');
    if (parts.issuer) {
      publisher = parts.issuer;
      // `by X and Y, Senators`: what is left describes the authors.
      if (rest) remarks.push(`remark: ${rest}`);
    } else if (rest) publisher = publisher ? `${rest}, ${publisher}` : rest;
  } else {
    container = plain.shift();
    const rest = plain.join(', ');
    if (type === 'chapter' && rest) publisher = rest;
    else if (rest) place = rest;
  }
  if (parts.etAl) remarks.unshift('remark: author list shortened to “et al” as printed');
  if (parts.translated) remarks.unshift(`translated-title: ${parts.translated}`);

  const report = type === 'report';
  const language = languageOf(parts.title ?? '', parts.translated);
  const item: Omit<CslItem, 'id'> = {
    type,
    ...(genre ? { genre } : {}),
    ...(authors.length > 0 ? { author: authors } : {}),
    ...(parts.role === 'editor' ? { editor: parts.names } : editors.length > 0 ? { editor: editors } : {}),
    ...(parts.title ? { title: parts.title } : {}),
    ...(container ? { 'container-title': container } : {}),
    ...(collection ? { 'collection-title': collection } : {}),
    ...(report && f.issue ? { number: f.issue } : {}),
    ...(f.volume ? { volume: f.volume } : {}),
    ...(!report && f.issue ? { issue: f.issue } : {}),
    ...(f.range ? { page: f.range } : {}),
    ...(publisher ? { publisher } : {}),
    ...(place ? { 'publisher-place': place } : {}),
    ...(f.date ? { issued: f.date.date } : {}),
    ...(f.url ? { URL: f.url } : {}),
    ...(language ? { language } : {}),
    ...(remarks.length > 0 ? { note: remarks.join('\n') } : {}),
  };
  return { item, ...(f.locator ? { locator: f.locator } : {}) };
}

/** `fr` for a title plainly in French, `fa-Latn` for a transliterated Persian one; otherwise nothing. */
export function languageOf(title: string, translated: string | undefined): string | undefined {
  const words = title.toLowerCase().split(/[^\p{L}]+/u);
  const french = words.filter((w) => FRENCH.has(w)).length;
  if (french >= 2 || (french >= 1 && /[éèêàçù]/.test(title))) return 'fr';
  // why: the paper transliterates Persian with â and gives an English translation in brackets.
  if (translated && /â/.test(title)) return 'fa-Latn';
  return undefined;
}
