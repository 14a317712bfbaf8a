// Vite inlines the YAML at build time, so a change to it rebuilds the pages that use it.
import source from '../../content/papers/russia-iran-partnership/paper.yaml?raw';
import { parsePaperMetadata } from './paper-metadata.ts';

/** The paper's metadata from content/paper.yaml, validated. */
export const paper = parsePaperMetadata(source);
