import { parsePaperMetadata, type PaperMetadata } from './paper-metadata.ts';

// Vite inlines the YAML at build time, so a change to it rebuilds the pages that use it.
const sources = import.meta.glob<string>('../../content/papers/*/paper.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Every paper's metadata from its paper.yaml (content/papers/<id>/), validated, by paper id. */
export const papersById: ReadonlyMap<string, PaperMetadata> = new Map(
  Object.entries(sources).map(([file, text]) => [file.split('/').at(-2) ?? file, parsePaperMetadata(text)]),
);

/** One paper's metadata; an unknown id is a coded error naming the folder. */
export function paperMetadata(id: string): PaperMetadata {
  const paper = papersById.get(id);
  if (!paper) throw new Error(`PAPER_UNKNOWN: content/papers/${id}/paper.yaml is missing`);
  return paper;
}
