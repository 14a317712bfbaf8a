/**
 * Where the tests find the paper's files, in one place: content/papers/<id>/ holds source.txt,
 * paper.yaml and generated/ (the sections, report.json, references.json, citations.json…); the
 * series-wide content/glossary.yaml and content/themes.yaml sit in content/. Tests that run for
 * every paper list the folders with scripts/ingest/paper-folders.ts instead.
 */

/** The paper the committed content is. */
export const PAPER_ID = 'russia-iran-partnership';

/** The paper's folder, which holds its source text. */
export function sourceDir(): string {
  return `content/papers/${PAPER_ID}`;
}

/** The paper's PDF-extracted text. */
export function paperSource(): string {
  return `${sourceDir()}/source.txt`;
}

/** The paper's metadata (title, authors, series…). */
export function paperMetadata(): string {
  return `${sourceDir()}/paper.yaml`;
}

/** The folder of generated sections (MDX) and the ingest's report. */
export function paperSections(): string {
  return `${sourceDir()}/generated`;
}

/** A generated file of the paper: `paperFile('report.json')`, `paperFile('02-introduction.mdx')`. */
export function paperFile(name: string): string {
  return `${paperSections()}/${name}`;
}

/** A generated data file beside the sections: references.json, citations.json. */
export function paperData(name: string): string {
  return `${paperSections()}/${name}`;
}

/** A file of the whole series: glossary.yaml, themes.yaml. */
export function seriesFile(name: string): string {
  return `content/${name}`;
}

/**
 * The 1-based number of the one line of `source` that contains `text`: tests name a line by what
 * it says, never by its number in this paper. Throws if no line, or more than one, contains it.
 */
export function lineOf(source: string, text: string): number {
  const found = source.split(/\r\n|\r|\n/).flatMap((line, i) => (line.includes(text) ? [i + 1] : []));
  if (found.length !== 1) throw new Error(`${found.length} lines of the source contain ${JSON.stringify(text)}`);
  return found[0]!;
}
