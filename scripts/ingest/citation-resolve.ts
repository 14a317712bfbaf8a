/** Citations found in each note → one CSL item per work, readable ids, and Ibid./op. cit. pointed at their source. */
import { toCslItem } from './citation-csl.ts';
import type { FoundCitation } from './citation-parse.ts';
import type { NoteCitation } from './citations.ts';
import type { CslItem, CslName } from './csl.ts';
import type { Diagnostic } from './diagnostics.ts';

export interface NoteFindings {
  readonly number: number;
  readonly line: number;
  readonly column: number;
  readonly found: readonly FoundCitation[];
}

interface Source {
  readonly item: CslItem;
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

/** `feldman-2021-iran`: first author's family name (or the outlet), year, first significant word of the title. */
export function baseId(item: Omit<CslItem, 'id'>): string {
  const who = item.author?.[0] ?? item.editor?.[0];
  const name =
    who?.family ?? who?.literal ?? item['container-title'] ?? item.publisher ?? item['collection-title'] ?? '';
  // why: an organisation's name can be long; its first three significant words still read as it.
  const nameWords = fold(name.split(',')[0]!)
    .split(' ')
    .filter((w) => w && !STOP_WORDS.has(w))
    .slice(0, 3);
  const year = item.issued?.['date-parts'][0]?.[0];
  // why: `Iran’s`, `L’accord`: the word is `iran`, `accord`, not `irans`, `laccord`.
  const word = fold((item.title ?? '').replace(/[’']/g, ' '))
    .split(' ')
    .find((w) => w.length > 1 && !STOP_WORDS.has(w));
  return [...nameWords, year, word].filter((p) => p !== undefined && p !== '').join('-') || 'source';
}

/** Resolves every note's citations in order; a work cited again in full keeps its first record. */
export function resolveCitations(notes: readonly NoteFindings[]): {
  references: CslItem[];
  citations: NoteCitation[][];
  diagnostics: Diagnostic[];
} {
  const sources: Source[] = [];
  const byKey = new Map<string, Source>();
  const ids = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  let last: Source | undefined;
  const citations = notes.map((note) => {
    const out: NoteCitation[] = [];
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
      if (c.kind === 'ibid') {
        source = last;
        if (!source) warn('UNRESOLVED_IBID', '“Ibid.” follows no earlier citation');
      } else if (c.kind === 'op-cit') {
        source = findEarlier(sources, c.parts!);
        if (!source) warn('UNRESOLVED_OP_CIT', `“op. cit.” matches no earlier citation of ${describe(c.parts!)}`);
      } else {
        const built = toCslItem(c.parts!);
        locator = built.locator;
        const key = keyOf(built.item);
        source = byKey.get(key);
        if (!source) {
          let id = baseId(built.item);
          for (let n = 2; ids.has(id); n++) id = `${baseId(built.item)}-${n}`;
          ids.add(id);
          source = {
            item: { id, ...built.item },
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
      last = source;
      out.push({
        id: source.item.id,
        kind: c.kind,
        start: c.start,
        end: c.end,
        firstNote: source.firstNote,
        ...(locator ? { locator } : {}),
      });
    }
    return out;
  });
  return { references: sources.map((s) => s.item), citations, diagnostics };
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
