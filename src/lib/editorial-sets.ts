/**
 * The series' editors' entries (glossary notes, themes): the series-wide file's, which apply to every
 * paper, and each paper's own file's, which apply to that paper only. An id names one entry across
 * the series (it is the entry's address: `/glossary/#id`, `/<paper>/themes/<id>/`, a search filter),
 * and so may a name (`names`: a glossary entry's aliases and variants), because search reads every
 * name in every paper. A paper's file never overrides a series-wide entry: a clash is a coded error
 * naming both files.
 */
import {
  EditorialError,
  entryName,
  readEditorialFile,
  type EditorialFile,
  type EditorialProblem,
} from './editorial-file.ts';
import type { z } from 'astro/zod';

/** A name of an entry: as written, as search reads it, and its place in the entry (`['aliases', 0]`). */
export interface EntryName {
  readonly printed: string;
  readonly key: string;
  readonly path: readonly PropertyKey[];
}

/** An entry with the file it comes from. */
export interface Scoped<E> {
  readonly entry: E;
  /** The paper it applies to; undefined when it applies to every paper. */
  readonly paper: string | undefined;
  readonly file: string;
}

/** Every entry of the series, and each paper's merged set. */
export interface EditorialSet<E> {
  /** Every problem of every file; the build stops on any (src/integrations/editorial-files.ts). */
  readonly problems: readonly EditorialProblem[];
  /** The files that could be read, series-wide first (what the collections' loader stores, one entry each). */
  readonly files: readonly EditorialEntries<E>[];
  /** The series-wide entries, then each paper's own (papers in id order), each in file order. */
  all(): readonly Scoped<E>[];
  /** What applies to `paper`: the series-wide entries, then its own. */
  of(paper: string): readonly E[];
}

export interface EditorialSetOptions<S extends z.ZodType<readonly unknown[]>> {
  /**
   * The files' texts by path: `content/glossary.yaml`, `content/papers/<id>/glossary.yaml` (a path relative
   * to a module, as Vite’s glob import gives it, `../../content/…`, is read from the project).
   */
  readonly sources: Readonly<Record<string, string>>;
  /** The series-wide file's path (it must be among `sources`). */
  readonly seriesFile: string;
  readonly schema: S;
  /** The codes' prefix: `GLOSSARY` gives GLOSSARY_INVALID, GLOSSARY_ID_TAKEN, GLOSSARY_NAME_TAKEN. */
  readonly code: string;
  /** An entry's names: each as written, as search reads it (`key`), and its place in the entry; none by default. */
  readonly names?: (entry: z.output<S>[number]) => readonly EntryName[];
}

/** The paper a file belongs to, from its path: `content/papers/<id>/…` → `<id>`. */
export function paperOfPath(path: string): string | undefined {
  return /(?:^|\/)papers\/([^/]+)\/[^/]+$/.exec(path)?.[1];
}

/** Reads, validates and merges the series-wide file and every paper's own. Never throws: see `problems`. */
export function editorialSet<S extends z.ZodType<readonly unknown[]>>(
  options: EditorialSetOptions<S>,
): EditorialSet<z.output<S>[number]> {
  type E = z.output<S>[number] & { id: string };
  const problems: EditorialProblem[] = [];
  const files: EditorialFile<E>[] = [];
  const sources = Object.fromEntries(
    Object.entries(options.sources).map(([path, text]) => [path.replace(/^(\.\.\/)+/, ''), text]),
  );
  const paths = Object.keys(sources)
    .filter((p) => p !== options.seriesFile)
    .sort((a, b) => (paperOfPath(a) ?? a).localeCompare(paperOfPath(b) ?? b));
  for (const path of [options.seriesFile, ...paths]) {
    const text = sources[path];
    if (text === undefined) {
      problems.push({
        code: `${options.code}_INVALID`,
        file: path,
        line: 1,
        column: 1,
        message: 'the file is missing',
      });
      continue;
    }
    const read = readEditorialFile({
      text,
      file: path,
      paper: paperOfPath(path),
      schema: options.schema,
      code: `${options.code}_INVALID`,
    });
    problems.push(...read.problems);
    if (read.file) files.push(read.file as EditorialFile<E>);
  }

  // First owner of each id and name, in the order above: the series-wide file first.
  const ids = new Map<string, { file: EditorialFile<E>; index: number }>();
  const names = new Map<string, { file: EditorialFile<E>; index: number; printed: string }>();
  const ownerName = (o: { file: EditorialFile<E>; index: number }) =>
    `${entryName(o.index, o.file.entries[o.index]?.id)} of ${o.file.file}:${o.file.at(o.index).line}`;
  const fix = (file: EditorialFile<E>) =>
    file.paper === undefined
      ? 'rename one'
      : `rename it, or drop it from ${file.file} (the series-wide entries already apply to every paper); an entry two papers need belongs in ${options.seriesFile}`;
  for (const file of files) {
    file.entries.forEach((entry, index) => {
      const problem = (code: string, path: readonly PropertyKey[], message: string) =>
        problems.push({
          code: `${options.code}_${code}`,
          file: file.file,
          ...file.at(index, ...path),
          message: `${entryName(index, entry.id)}: ${message}`,
        });
      const owner = ids.get(entry.id);
      if (owner)
        problem(
          'ID_TAKEN',
          ['id'],
          `the id “${entry.id}” is already ${ownerName(owner)}; an id names one entry across the series: ${fix(file)}`,
        );
      else ids.set(entry.id, { file, index });
      const own = new Set<string>();
      for (const { printed, key, path } of options.names?.(entry) ?? []) {
        const named = names.get(key);
        if (named && !(named.file === file && named.index === index)) {
          problem(
            'NAME_TAKEN',
            path,
            `“${printed}” already names ${ownerName(named)} (as “${named.printed}”); a name names one entry across the series: ${fix(file)}`,
          );
        } else if (own.has(printed)) {
          problem('NAME_TAKEN', path, `“${printed}” is given twice (an alias is not also a variant)`);
        } else if (!named) names.set(key, { file, index, printed });
        own.add(printed);
      }
    });
  }

  const joined = joinEditorialFiles(files);
  const check = () => {
    if (problems.length > 0) throw new EditorialError(problems);
  };
  return {
    problems,
    files,
    all: () => {
      check();
      return joined.all();
    },
    of: (paper) => {
      check();
      return joined.of(paper);
    },
  };
}

/** One file's entries, validated, as a collection entry holds them (src/content.config.ts) or as read here. */
export interface EditorialEntries<E> {
  /** The paper it applies to; undefined (or absent) for the series-wide file. */
  readonly paper?: string | undefined;
  readonly file: string;
  readonly entries: readonly E[];
}

/**
 * The merge rule, the one both paths use (the Markdown processor's read and the collections'): the series-wide
 * entries apply to every paper and come first, then each paper's own (papers in id order), each in file order.
 */
export function joinEditorialFiles<E>(files: readonly EditorialEntries<E>[]): Pick<EditorialSet<E>, 'all' | 'of'> {
  const ordered = [...files].sort(
    (a, b) =>
      Number(a.paper !== undefined) - Number(b.paper !== undefined) || (a.paper ?? '').localeCompare(b.paper ?? ''),
  );
  const scoped: Scoped<E>[] = ordered.flatMap((f) =>
    f.entries.map((entry) => ({ entry, paper: f.paper, file: f.file })),
  );
  const cache = new Map<string, E[]>();
  return {
    all: () => scoped,
    of: (paper) => {
      let set = cache.get(paper);
      if (!set) {
        set = scoped.filter((s) => s.paper === undefined || s.paper === paper).map((s) => s.entry);
        cache.set(paper, set);
      }
      return set;
    },
  };
}
