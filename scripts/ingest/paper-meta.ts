/** What the ingest needs from the paper's metadata file (content/papers/<id>/paper.yaml). */
import { parse } from 'yaml';

/** The paper's title(s) and authors' names: the texts a running header repeats. */
export function runningHeaderTexts(yamlText: string): string[] {
  const meta: unknown = parse(yamlText);
  if (typeof meta !== 'object' || meta === null) return [];
  const { title, coverTitle, authors } = meta as { title?: unknown; coverTitle?: unknown; authors?: unknown };
  const names = Array.isArray(authors)
    ? authors.flatMap((a: { given?: unknown; family?: unknown }) =>
        typeof a.given === 'string' && typeof a.family === 'string' ? [`${a.given} ${a.family}`] : [],
      )
    : [];
  return [title, coverTitle, ...names].filter((t): t is string => typeof t === 'string');
}
