/** What the ingest needs from the paper's metadata file (content/papers/<id>/paper.yaml). */
import { parse } from 'yaml';
import { paperMetadataSchema } from '../../src/contract/index.ts';

// why: only hints for the running headers; the site validates the whole file (src/content.config.ts).
const headerFields = paperMetadataSchema.pick({ title: true, coverTitle: true, authors: true }).partial();

/** The paper's title(s) and authors' names: the texts a running header repeats; none if paper.yaml does not say. */
export function runningHeaderTexts(yamlText: string): string[] {
  const meta = headerFields.safeParse(parse(yamlText));
  if (!meta.success) return [];
  const { title, coverTitle, authors = [] } = meta.data;
  return [title, coverTitle, ...authors.map((a) => `${a.given} ${a.family}`)].filter((t) => t !== undefined);
}
