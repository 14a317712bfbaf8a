// Vite inlines the YAML at build time, so a change to it rebuilds the pages that use it.
import source from '../../content/papers/russia-iran-partnership/paper.yaml?raw';
import { parsePaperMetadata } from './paper-metadata.ts';

/**
 * The paper this site presents: the pages are still laid out for one paper (at the root); the other
 * folders of content/papers/ are ingested and checked, and wait for routes under /<id>/.
 */
export const PAPER_ID = 'russia-iran-partnership';

/** The paper's metadata from its paper.yaml (content/papers/<id>/), validated. */
export const paper = parsePaperMetadata(source);
