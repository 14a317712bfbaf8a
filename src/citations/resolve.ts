/** Citations found in each note → one CSL item per work, readable ids, and Ibid./op. cit. pointed at their source. */
import { toCslItem } from './to-csl.ts';
import { yearSuffixes } from './labels.ts';
import type { FoundCitation } from './parse.ts';
import type { CslItem, CslName, NoteCitation } from '../contract/index.ts';
import type { Diagnostic } from '../../scripts/ingest/diagnostics.ts';

export interface NoteFindings {
  readonly number: number;
  readonly line: number;
  readonly column: number;
  readonly found: readonly FoundCitation[];
}

interface Source {
  readonly item: Omit<CslItem, 'id'>;
  readonly firstNote: number;
  readonly families: readonly string[];
  readonly title: string;
}

const STOP_WORDS = new Set(
  (
    'a an the of and or in on at to for from with by as is are was were be been do does did how why what when where who which ' +
    'can could will would should may might must has have had but if than that this these those its it their there ' +
    'into over under about after before between among against via vs ' +
    'le la les l un une des du de d et ou en au aux sur sous dans par pour avec entre quel quelle qui que'
  ).split(' '),
);

/** Lower case, ASCII, words only: `Israel’s encirclement` and `Israel's Encirclement` compare equal. */
export function fold(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // `U.S.` → `us`, `O’Toole` → `otoole`, but `Amwaj.media` → `amwaj media`.
      .replace(/\b([a-z])\./g, '$1')
      .replace(/[’']/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  );
}

const familyOf = (n: CslName): string => fold(n.family ?? n.literal ?? '');

/**
 * `feldman-2021-iran`: first author's family name (or the outlet), year (with the label's letter,
 * `2021b`, where one author has several works that year), first significant word of the title.
 */
export function baseId(item: Omit<CslItem, 'id'>, yearSuffix = ''): string {
  const who = item.author?.[0] ?? item.editor?.[0];
  const name =
    who?.family ?? who?.literal ?? item['container-title'] ?? item.publisher ?? item['collection-title'] ?? '';
  // why: an organisation's name can be long; its first three significant words still read as it.
  const nameWords = fold(name.split(',')[0]!)
    .split(' ')
    .filter((w) => w && !STOP_WORDS.has(w))
    .slice(0, 3);
  const printedYear = item.issued?.['date-parts'][0]?.[0];
  const year =
    printedYear === undefined ? (yearSuffix ? `nd-${yearSuffix}` : undefined) : `${printedYear}${yearSuffix}`;
  // why: `Iran’s`, `L’accord`: the word is `iran`, `accord`, not `irans`, `laccord`.
  const word = fold((item.title ?? '').replace(/[’']/g, ' '))
    .split(' ')
    .find((w) => w.length > 1 && !STOP_WORDS.has(w));
  return [...nameWords, year, word].filter((p) => p !== undefined && p !== '').join('-') || 'source';
}

/** A citation resolved to its source, before the sources get their ids. */
interface Resolved {
  readonly source: Source;
  readonly citation: Omit<NoteCitation, 'id' | 'likelier'>;
  /** For an uncertain Ibid.: the latest earlier source that can hold its page. */
  readonly likelier?: Source;
}

/** Resolves every note's citations in order; a work cited again in full keeps its first record. */
export function resolveCitations(notes: readonly NoteFindings[]): {
  references: CslItem[];
  citations: NoteCitation[][];
  diagnostics: Diagnostic[];
} {
  const sources: Source[] = [];
  const byKey = new Map<string, Source>();
  const diagnostics: Diagnostic[] = [];
  // Every source in the order the notes cite it, Ibid. and op. cit. included.
  const history: Source[] = [];
  const resolved = notes.map((note) => {
    const out: Resolved[] = [];
    const warn = (code: Diagnostic['code'], message: string, severity: Diagnostic['severity'] = 'warning') =>
      diagnostics.push({
        code,
        severity,
        line: note.line,
        column: note.column,
        message: `note ${note.number}: ${message}`,
      });
    for (const c of note.found) {
      let source: Source | undefined;
      let locator = c.locator;
      let likelier: Source | undefined;
      let uncertain = false;
      if (c.kind === 'ibid') {
        source = history.at(-1);
        if (!source) warn('UNRESOLVED_IBID', '“Ibid.” follows no earlier citation');
        else if (locator && !canHold(source.item, locator)) {
          uncertain = true;
          likelier = history.findLast((s) => canHold(s.item, locator!));
          warn(
            'UNCERTAIN_IBID',
            `“Ibid., ${locator}” follows “${source.item.title}”, which has no such page` +
              (likelier ? `; more likely “${likelier.item.title}”` : ''),
          );
        }
      } else if (c.kind === 'op-cit') {
        source = findEarlier(sources, c.parts!);
        if (!source) warn('UNRESOLVED_OP_CIT', `“op. cit.” matches no earlier citation of ${describe(c.parts!)}`);
      } else {
        const built = toCslItem(c.parts!);
        locator = built.locator;
        const key = keyOf(built.item);
        source = byKey.get(key);
        if (!source) {
          source = {
            item: built.item,
            firstNote: note.number,
            families: (built.item.author ?? built.item.editor ?? []).map(familyOf),
            title: fold(built.item.title ?? ''),
          };
          byKey.set(key, source);
          sources.push(source);
        }
        // Info only: the source lost the name, the record is still right as far as it goes.
        if (c.parts!.incompleteName)
          warn('CITATION_NAME_INCOMPLETE', 'an author is printed with initials but no family name', 'info');
      }
      if (!source) continue;
      history.push(source);
      const citation = {
        kind: c.kind,
        start: c.start,
        end: c.end,
        firstNote: source.firstNote,
        ...(locator ? { locator } : {}),
        ...(uncertain ? { uncertain: true as const } : {}),
      };
      out.push({ source, citation, ...(likelier ? { likelier } : {}) });
    }
    return out;
  });
  const ids = assignIds(sources);
  const citations = resolved.map((out) =>
    out.map(({ source, citation, likelier }) => ({
      id: ids.get(source)!,
      ...citation,
      ...(likelier ? { likelier: ids.get(likelier)! } : {}),
    })),
  );
  return { references: sources.map((s) => ({ id: ids.get(s)!, ...s.item })), citations, diagnostics };
}

/** Readable, unique ids, in order of first citation; the label's year letter keeps works of one author apart. */
function assignIds(sources: readonly Source[]): Map<Source, string> {
  const suffixes = yearSuffixes(sources.map((s) => s.item));
  const taken = new Set<string>();
  const ids = new Map<Source, string>();
  sources.forEach((s, i) => {
    const base = baseId(s.item, suffixes[i]);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(s, id);
  });
  return ids;
}

// why: an online article, a post or a chart has no pages; a page outside an article's range is not in it.
const UNPAGINATED = new Set(['article-newspaper', 'webpage', 'post', 'post-weblog', 'graphic']);

/** Whether `item` can hold the page `locator` (`p. 153`). */
function canHold(item: Omit<CslItem, 'id'>, locator: string): boolean {
  if (UNPAGINATED.has(item.type)) return false;
  const page = Number(/\d+/.exec(locator)?.[0]);
  const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(item.page ?? '');
  return !range || Number.isNaN(page) || (Number(range[1]) <= page && page <= Number(range[2]));
}

function keyOf(item: Omit<CslItem, 'id'>): string {
  const who = (item.author ?? item.editor ?? []).map(familyOf).join(' ');
  // A work without a title (a tweet) is told apart by where and when it appeared.
  const what = item.title ? fold(item.title) : `${item.URL ?? ''} ${JSON.stringify(item.issued ?? '')}`;
  return `${who}|${what}`;
}

/** The latest earlier source with the same title (or one it shortens) and, when printed, the same authors. */
function findEarlier(sources: readonly Source[], parts: NonNullable<FoundCitation['parts']>): Source | undefined {
  const title = fold(parts.title ?? '');
  const families = parts.names.map(familyOf).filter((f) => f !== '');
  return sources.findLast(
    (s) =>
      (title === '' || s.title === title || (title.split(' ').length >= 3 && s.title.startsWith(`${title} `))) &&
      (title !== '' || families.length > 0) &&
      families.every((f) => s.families.includes(f)),
  );
}

function describe(parts: NonNullable<FoundCitation['parts']>): string {
  const who = parts.names.map((n) => n.family ?? n.literal ?? n.given).join(', ');
  return [who, parts.title ? `“${parts.title}”` : ''].filter(Boolean).join(', ') || 'an unnamed work';
}
