/**
 * The editors' YAML files (glossary.yaml, themes.yaml, series-wide or a paper's own): each read once,
 * validated by its contract schema, every problem a coded value with the file, line and column.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';

/** A problem with an editors' file: what, where, and how to fix it. */
export interface EditorialProblem {
  readonly code: string;
  /** The file as the project names it: `content/papers/<id>/glossary.yaml`. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** `content/glossary.yaml:12:5: error GLOSSARY_INVALID: …`, the format of the ingest's own messages. */
export function formatProblem(p: EditorialProblem): string {
  return `${p.file}:${p.line}:${p.column}: error ${p.code}: ${p.message}`;
}

/** Thrown when the site is built from editors' files with problems: its message lists every one. */
export class EditorialError extends Error {
  readonly problems: readonly EditorialProblem[];
  constructor(problems: readonly EditorialProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'EditorialError';
    this.problems = problems;
    // The messages say where; a stack trace would only hide them.
    this.stack = this.message;
  }
}

/** One editors' file, read: its entries in file order and where each is. */
export interface EditorialFile<E> {
  readonly file: string;
  /** The paper whose folder holds the file; undefined for the series-wide one in content/. */
  readonly paper: string | undefined;
  readonly entries: readonly E[];
  /** Line and column of entry `index`, or of a value inside it (`[index, 'aliases', 2]`). */
  at(...path: readonly PropertyKey[]): { line: number; column: number };
}

/** How an entry is named in a message: `entry 3 (“baku”)`. */
export function entryName(index: number, id: unknown): string {
  return `entry ${index + 1}${typeof id === 'string' ? ` (“${id}”)` : ''}`;
}

/**
 * Reads and validates one editors' file: a YAML list of entries checked by `schema`. Returns the file,
 * or the problems (each of them, coded `code`) when the YAML or any entry is invalid.
 */
export function readEditorialFile<S extends z.ZodType<readonly unknown[]>>(options: {
  readonly text: string;
  readonly file: string;
  readonly paper: string | undefined;
  readonly schema: S;
  readonly code: string;
}): { file?: EditorialFile<z.output<S>[number]>; problems: EditorialProblem[] } {
  const { file, code } = options;
  const lines = new LineCounter();
  const doc = parseDocument(options.text, { lineCounter: lines });
  const place = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        code,
        file,
        line: e.linePos?.[0].line ?? 1,
        column: e.linePos?.[0].col ?? 1,
        message: `not valid YAML: ${e.message.split('\n')[0] ?? e.code}`,
      })),
    };
  }
  // The node at `path`, or its nearest ancestor that the file has (a missing field is reported at its entry).
  const at = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return place(node.range[0]);
    }
    return place(0);
  };
  const data: unknown = doc.toJS();
  const result = options.schema.safeParse(data);
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => {
        const [index, ...rest] = issue.path;
        const id = typeof index === 'number' && Array.isArray(data) ? (data[index] as { id?: unknown })?.id : undefined;
        const where =
          typeof index === 'number' ? `${entryName(index, id)}${rest.length > 0 ? `, ${rest.join('.')}` : ''}: ` : '';
        // Zod says "expected string, received undefined" of a field left out: say so plainly.
        const message = / received undefined$/.test(issue.message) ? 'missing (it is required)' : issue.message;
        return { code, file, ...at(issue.path), message: `${where}${message}` };
      }),
    };
  }
  return {
    file: {
      file,
      paper: options.paper,
      entries: result.data as z.output<S>[number][],
      at: (...path) => at(path),
    },
    problems: [],
  };
}
