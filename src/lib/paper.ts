import { parsePaperMetadata } from './paper-metadata.ts';
import { ofSitePaper, PAPER_ID } from './site-paper.ts';

export { PAPER_ID };

// Vite inlines the YAML at build time, so a change to it rebuilds the pages that use it.
const sources = import.meta.glob<string>('../../content/papers/*/paper.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The paper's metadata from its paper.yaml (content/papers/<id>/), validated. */
export const paper = parsePaperMetadata(ofSitePaper(sources, 'paper.yaml'));
