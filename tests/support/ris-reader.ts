/**
 * An RIS reader that follows Zotero's RIS import (zotero/translators, RIS.js): its line reading
 * (continuation lines joined with a space), its type map, its tag → field maps (type-specific,
 * `__default`, `__exclude`, deprecated tags applied last and never over a value), its date parsing,
 * and Zotero's schema (tests/fixtures/schemas/zotero-schema.json) for the fields each type keeps.
 * Then Zotero's own CSL mapping (the schema's `csl`) turns the item into CSL-JSON to compare.
 * It is written from RIS.js's rules, not from the code that writes our RIS.
 */
import zoteroSchema from '../fixtures/schemas/zotero-schema.json' with { type: 'json' };

interface TagValue {
  tag: string;
  value: string;
}

/** A Zotero item as the import leaves it, and what it dropped. */
export interface ZoteroItem {
  itemType: string;
  fields: Record<string, string>;
  creators: { lastName: string; firstName?: string; fieldMode?: 1; creatorType: string }[];
  notes: string[];
  /** `tag: value` of what Zotero would not keep (unknown tag, or a field the type lacks). */
  dropped: string[];
}

// RIS.js `importTypeMap`, with `exportTypeMap` inverted into it.
const IMPORT_TYPES: Record<string, string> = {
  ABST: 'journalArticle',
  ADVS: 'film',
  AGGR: 'document',
  ANCIENT: 'document',
  CHART: 'artwork',
  CLSWK: 'book',
  CPAPER: 'conferencePaper',
  CTLG: 'magazineArticle',
  DBASE: 'dataset',
  EBOOK: 'book',
  ECHAP: 'bookSection',
  EDBOOK: 'book',
  EJOUR: 'journalArticle',
  EQUA: 'document',
  FIGURE: 'artwork',
  GEN: 'journalArticle',
  GOVDOC: 'report',
  GRNT: 'document',
  INPR: 'manuscript',
  JFULL: 'journalArticle',
  LEGAL: 'case',
  MULTI: 'videoRecording',
  MUSIC: 'audioRecording',
  PAMP: 'manuscript',
  SER: 'book',
  STAND: 'report',
  UNBILL: 'manuscript',
  UNPD: 'manuscript',
  WEB: 'webpage',
  ART: 'artwork',
  SOUND: 'audioRecording',
  BILL: 'bill',
  BLOG: 'blogPost',
  BOOK: 'book',
  CHAP: 'bookSection',
  CASE: 'case',
  COMP: 'computerProgram',
  CONF: 'conferencePaper',
  DICT: 'dictionaryEntry',
  ENCYC: 'encyclopediaArticle',
  ICOMM: 'email',
  DATA: 'dataset',
  MPCT: 'film',
  HEAR: 'hearing',
  JOUR: 'journalArticle',
  PCOMM: 'letter',
  MGZN: 'magazineArticle',
  MANSCPT: 'manuscript',
  MAP: 'map',
  NEWS: 'newspaperArticle',
  PAT: 'patent',
  SLIDE: 'presentation',
  RPRT: 'report',
  STAT: 'statute',
  THES: 'thesis',
  VIDEO: 'videoRecording',
  ELEC: 'webpage',
};

type FieldMap = Record<string, string | Record<string, string | string[]>>;

// RIS.js `fieldMap`, the tags this edition writes or a reader is likely to meet.
const FIELD_MAP: FieldMap = {
  AB: 'abstractNote',
  DB: 'archive',
  DO: 'DOI',
  DP: 'libraryCatalog',
  J2: 'journalAbbreviation',
  KW: 'tags',
  N1: 'notes',
  ST: 'shortTitle',
  UR: 'url',
  Y2: 'accessDate',
  TI: { __default: 'title', subject: ['email'], caseName: ['case'], nameOfAct: ['statute'] },
  T2: {
    code: ['bill', 'statute'],
    bookTitle: ['bookSection'],
    blogTitle: ['blogPost'],
    conferenceName: ['conferencePaper'],
    dictionaryTitle: ['dictionaryEntry'],
    encyclopediaTitle: ['encyclopediaArticle'],
    committee: ['hearing'],
    forumTitle: ['forumPost'],
    websiteTitle: ['webpage'],
    programTitle: ['radioBroadcast', 'tvBroadcast'],
    meetingName: ['presentation'],
    seriesTitle: ['computerProgram', 'map', 'report'],
    series: ['book'],
    publicationTitle: ['journalArticle', 'magazineArticle', 'newspaperArticle'],
  },
  T3: {
    legislativeBody: ['hearing', 'bill'],
    series: ['bookSection', 'conferencePaper', 'journalArticle'],
    seriesTitle: ['audioRecording'],
  },
  AU: {
    __default: 'creators/author',
    'creators/artist': ['artwork'],
    'creators/cartographer': ['map'],
    'creators/composer': ['audioRecording'],
    'creators/director': ['film', 'radioBroadcast', 'tvBroadcast', 'videoRecording'],
    'creators/interviewee': ['interview'],
    'creators/inventor': ['patent'],
    'creators/podcaster': ['podcast'],
    'creators/programmer': ['computerProgram'],
  },
  A2: {
    'creators/sponsor': ['bill'],
    'creators/performer': ['audioRecording'],
    'creators/presenter': ['presentation'],
    'creators/interviewer': ['interview'],
    'creators/editor': [
      'journalArticle',
      'bookSection',
      'conferencePaper',
      'dictionaryEntry',
      'document',
      'encyclopediaArticle',
    ],
    'creators/seriesEditor': ['book', 'report'],
    'creators/recipient': ['email', 'instantMessage', 'letter'],
    reporter: ['case'],
    issuingAuthority: ['patent'],
  },
  A3: {
    'creators/contributor': ['thesis'],
    'creators/cosponsor': ['bill'],
    'creators/producer': ['film', 'tvBroadcast', 'videoRecording', 'radioBroadcast'],
    'creators/editor': ['book'],
    'creators/seriesEditor': ['bookSection', 'conferencePaper', 'dictionaryEntry', 'encyclopediaArticle', 'map'],
  },
  A4: {
    __default: 'creators/translator',
    'creators/counsel': ['case'],
    'creators/contributor': ['conferencePaper', 'film', 'dataset'],
  },
  CY: { __default: 'place', repositoryLocation: ['dataset'], __exclude: ['conferencePaper'] },
  DA: { __default: 'date', dateEnacted: ['statute'], dateDecided: ['case'], issueDate: ['patent'] },
  ET: { __default: 'edition', session: ['bill', 'hearing', 'statute'], versionNumber: ['computerProgram', 'dataset'] },
  IS: { __default: 'issue', numberOfVolumes: ['bookSection'], __exclude: ['dataset'] },
  LA: { __default: 'language', programmingLanguage: ['computerProgram'] },
  M1: {
    seriesNumber: ['book'],
    billNumber: ['bill'],
    system: ['computerProgram'],
    documentNumber: ['hearing'],
    applicationNumber: ['patent'],
    publicLawNumber: ['statute'],
    episodeNumber: ['podcast', 'radioBroadcast', 'tvBroadcast'],
  },
  M3: {
    manuscriptType: ['manuscript'],
    mapType: ['map'],
    reportType: ['report'],
    thesisType: ['thesis'],
    websiteType: ['blogPost', 'webpage'],
    postType: ['forumPost'],
    letterType: ['letter'],
    interviewMedium: ['interview'],
    presentationType: ['presentation'],
    artworkMedium: ['artwork'],
    audioFileType: ['podcast'],
  },
  NV: { __default: 'numberOfVolumes', identifier: ['dataset'], __exclude: ['bookSection'] },
  PB: {
    __default: 'publisher',
    label: ['audioRecording'],
    court: ['case'],
    distributor: ['film'],
    assignee: ['patent'],
    institution: ['report'],
    repository: ['dataset'],
    university: ['thesis'],
    company: ['computerProgram'],
    studio: ['videoRecording'],
    network: ['radioBroadcast', 'tvBroadcast'],
  },
  PY: { __default: 'date', dateEnacted: ['statute'], dateDecided: ['case'], issueDate: ['patent'] },
  SN: {
    __default: 'ISBN',
    ISSN: ['journalArticle', 'magazineArticle', 'newspaperArticle'],
    patentNumber: ['patent'],
    reportNumber: ['report'],
  },
  SP: {
    __default: 'pages',
    codePages: ['bill'],
    numPages: ['book', 'thesis', 'manuscript'],
    firstPage: ['case'],
    runningTime: ['film'],
  },
  SV: { seriesNumber: ['bookSection'], docketNumber: ['case'] },
  VL: {
    __default: 'volume',
    codeNumber: ['statute'],
    codeVolume: ['bill'],
    reporterVolume: ['case'],
    __exclude: ['patent', 'webpage'],
  },
};

// RIS.js `degenerateImportFieldMap` (its "deprecated" tags: applied after the others, never over a value).
const DEGENERATE_MAP: FieldMap = {
  AV: 'archiveLocation',
  BT: { title: ['book', 'manuscript'], bookTitle: ['bookSection'], __default: 'backupPublicationTitle' },
  CR: 'rights',
  CT: 'title',
  CY: 'place',
  ED: 'creators/editor',
  EP: 'pages',
  ID: '__ignore',
  IS: { versionNumber: ['dataset'] },
  JA: 'journalAbbreviation',
  JF: 'publicationTitle',
  JO: { __default: 'journalAbbreviation', conferenceName: ['conferencePaper'] },
  M1: { __default: 'extra', issue: ['journalArticle'], numberOfVolumes: ['bookSection'], accessDate: ['webpage'] },
  M2: 'extra',
  M3: 'DOI',
  N2: 'abstractNote',
  NV: 'numberOfVolumes',
  RN: 'notes',
  T1: FIELD_MAP['TI']!,
  T2: 'backupPublicationTitle',
  T3: { series: ['book'] },
  TA: 'unsupported/Translated Author',
  TT: 'unsupported/Translated Title',
  VL: { 'unsupported/Patent Version Number': ['patent'], accessDate: ['webpage'] },
  Y1: FIELD_MAP['DA']!,
};

/** RIS.js `TagMapper.getField`: the first map that maps the tag for the type wins. */
function fieldFor(itemType: string, tag: string): string | false {
  for (const map of [FIELD_MAP, DEGENERATE_MAP]) {
    const entry = map[tag];
    let field: string | false = false;
    if (typeof entry === 'string') field = entry;
    else if (entry) {
      let def: string | undefined;
      let exclude = false;
      for (const [f, types] of Object.entries(entry)) {
        if (f === '__default') def = types as string;
        else if (f === '__exclude') exclude ||= (types as string[]).includes(itemType);
        else if ((types as string[]).includes(itemType)) {
          field = f;
          break;
        }
      }
      if (!field && def && !exclude) field = def;
    }
    if (field) return field;
  }
  return false;
}

const schemaTypes = new Map(zoteroSchema.itemTypes.map((t) => [t.itemType, t]));

/** Zotero's field for `field` on `itemType`: itself, or the type's field based on it (publicationTitle → websiteTitle). */
function zoteroField(itemType: string, field: string): string | undefined {
  const fields = schemaTypes.get(itemType)?.fields ?? [];
  return (
    fields.find((f) => f.field === field)?.field ?? fields.find((f) => 'baseField' in f && f.baseField === field)?.field
  );
}

/** RIS.js `dateRIStoZotero`, for fields other than the access date. */
export function risDateToZotero(risDate: string): string {
  const m = /^(\d+)(?:\/(\d{0,2})(?:\/(\d{0,2})(?:(?:\/|\s)([^/]*))?)?)?$/.exec(risDate);
  if (!m) {
    const y = /\b\d{4}\b/.exec(risDate);
    const d = /\b(?:[1-3]\d|[1-9])\b/.exec(risDate);
    const word = /[A-Za-z]+/.exec(risDate);
    if (!y && word) return `0000 ${word[0]}${d ? ` ${d[0]}` : ''}`;
    return risDate;
  }
  const parts: string[] = [];
  for (const p of [m[1], m[2], m[3]]) {
    const v = (p ?? '').replace(/^0+/, '');
    if (!v) break;
    parts.push(v);
  }
  const [year, month, day] = parts;
  if (!year) return '';
  return [year.padStart(4, '0'), month?.padStart(2, '0'), month && day ? day.padStart(2, '0') : undefined]
    .filter(Boolean)
    .join('-');
}

const RIS_LINE = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$/;

/** RIS.js `RISReader`: tag–value pairs per record; an untagged line continues the value before it. */
function records(text: string): TagValue[][] {
  const out: TagValue[][] = [];
  let entry: TagValue[] = [];
  let current: TagValue | undefined;
  let maxLength = 0;
  let lastLength = 0;
  const finish = () => {
    if (current) entry.push(current);
    current = undefined;
  };
  for (const line of text.split(/\r\n|\n|\r/)) {
    const m = RIS_LINE.exec(line);
    if (!m && !current) continue;
    maxLength = Math.max(maxLength, line.length);
    if (m) {
      finish();
      const tag = m[1]!;
      if (tag === 'TY' && entry.length > 0) {
        out.push(entry);
        entry = [];
      }
      if (tag === 'ER') {
        if (entry.length > 0) out.push(entry);
        entry = [];
      } else current = { tag, value: m[2] ?? '' };
    } else if (current) {
      let clean = line.trim();
      const newline =
        ['AB', 'N1', 'N2', 'RN'].includes(current.tag) && (maxLength > 85 || lastLength < 65 || clean.length === 0);
      if (newline) clean = `\n${clean}`;
      else if (!current.value.endsWith(' ')) clean = ` ${clean}`;
      current.value += clean;
    }
    lastLength = line.length;
  }
  finish();
  if (entry.length > 0) out.push(entry);
  return out;
}

/** Zotero.Utilities.unescapeHTML, for the entities a RIS file may hold. */
function unescapeHtml(value: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return value.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (all, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return named[name.toLowerCase()] ?? all;
  });
}

/** Reads an RIS file as Zotero's RIS import does. */
export function readRis(text: string): ZoteroItem[] {
  return records(text).map((entry) => {
    const ty =
      entry
        .find((t) => t.tag === 'TY')
        ?.value.trim()
        .toUpperCase() ?? '';
    const item: ZoteroItem = {
      itemType: IMPORT_TYPES[ty] ?? 'journalArticle',
      fields: {},
      creators: [],
      notes: [],
      dropped: [],
    };
    const backup: Record<string, string> = {};
    const apply = (tagValue: TagValue) => {
      const { tag } = tagValue;
      let value = tagValue.value.trim();
      if (value === '') return;
      const mapped = fieldFor(item.itemType, tag);
      if (!mapped) return void item.dropped.push(`${tag}: ${value}`);
      const [field, sub] = mapped.split('/') as [string, string | undefined];
      if (!['N1', 'RN', 'AB'].includes(tag)) value = unescapeHtml(value);
      if (tag === 'EP') {
        if (item.fields['pages'] && !item.fields['pages'].includes('-')) item.fields['pages'] += `-${value}`;
        else backup['endPage'] = value;
        return;
      }
      if (tag === 'PY') return void (backup['date'] = risDateToZotero(value));
      if (field === '__ignore') return;
      if (field === 'backupPublicationTitle') return void (backup['publicationTitle'] = value);
      if (field === 'unsupported') return void item.dropped.push(`${tag}: ${value}`);
      if (field === 'creators') {
        const lastName = value.split(/\s*,\s*/)[0]!;
        const firstName = value.slice(lastName.length).replace(/^\s*,\s*/, '');
        item.creators.push(
          firstName ? { lastName, firstName, creatorType: sub! } : { lastName, fieldMode: 1, creatorType: sub! },
        );
        return;
      }
      if (field === 'notes') {
        if (item.fields['title'] !== value) item.notes.push(value);
        return;
      }
      if (field === 'date') value = risDateToZotero(value);
      if (field === 'extra') {
        item.fields['extra'] = item.fields['extra'] ? `${item.fields['extra']}\n${value}` : value;
        return;
      }
      const target = zoteroField(item.itemType, field);
      if (!target) return void item.dropped.push(`${tag}: ${value}`);
      // A field already set keeps its value (RIS.js applyValue).
      if (!item.fields[target]) item.fields[target] = value;
    };
    const deferred: TagValue[] = [];
    for (const tagValue of entry) {
      if (tagValue.tag === 'TY' || tagValue.tag === 'ER') continue;
      if (tagValue.tag in DEGENERATE_MAP) deferred.push(tagValue);
      else apply(tagValue);
    }
    for (const tagValue of deferred) apply(tagValue);
    // RIS.js completeItem: backups fill what is still empty.
    const publication = zoteroField(item.itemType, 'publicationTitle');
    if (backup['publicationTitle']) {
      if (publication && !item.fields[publication]) item.fields[publication] = backup['publicationTitle'];
      else if (!publication) item.dropped.push(`T2: ${backup['publicationTitle']}`);
    }
    if (backup['endPage'])
      item.fields['pages'] = item.fields['pages'] ? `${item.fields['pages']}-${backup['endPage']}` : backup['endPage'];
    if (backup['date'] && !item.fields['date']) item.fields['date'] = backup['date'];
    return item;
  });
}

const cslTypes = new Map(
  Object.entries(zoteroSchema.csl.types).flatMap(([csl, zotero]) => zotero.map((z): [string, string] => [z, csl])),
);
const cslTextFields = new Map(
  Object.entries(zoteroSchema.csl.fields.text).flatMap(([csl, zotero]) =>
    zotero.map((z): [string, string] => [z, csl]),
  ),
);
const cslNames = zoteroSchema.csl.names as Record<string, string>;

/** A CSL item as Zotero maps this item to CSL (its schema's `csl` tables); Extra's `key: value` lines as CSL variables. */
export function toCsl(item: ZoteroItem): Record<string, unknown> {
  const type = schemaTypes.get(item.itemType)!;
  const csl: Record<string, unknown> = { type: cslTypes.get(item.itemType) ?? 'document' };
  for (const [field, value] of Object.entries(item.fields)) {
    if (field === 'date') {
      const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
      csl['issued'] = m ? { 'date-parts': [[m[1], m[2], m[3]].filter(Boolean).map(Number)] } : { raw: value };
      continue;
    }
    if (field === 'extra') {
      for (const line of value.split('\n')) {
        const m = /^([\w-]+):\s*(.+)$/.exec(line);
        if (m && (cslTextFields.has(m[1]!) || [...cslTextFields.values()].includes(m[1]!)))
          csl[cslTextFields.get(m[1]!) ?? m[1]!] = m[2];
      }
      continue;
    }
    const base = type.fields.find((f) => f.field === field);
    const name =
      cslTextFields.get(field) ?? (base && 'baseField' in base ? cslTextFields.get(base.baseField) : undefined);
    if (name) csl[name] = value;
  }
  const primary = type.creatorTypes.find((c) => 'primary' in c && c.primary)?.creatorType;
  for (const c of item.creators) {
    const variable = c.creatorType === primary ? 'author' : cslNames[c.creatorType];
    if (!variable) continue;
    const name = c.fieldMode === 1 ? { literal: c.lastName } : { family: c.lastName, given: c.firstName };
    csl[variable] = [...((csl[variable] as unknown[] | undefined) ?? []), name];
  }
  // Child notes (N1) are not part of Zotero's CSL item: compare them with `item.notes`.
  return csl;
}
