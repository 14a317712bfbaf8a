// Vite inlines the YAML at build time (for the pages and for the Markdown processor alike).
import source from '../../content/glossary.yaml?raw';
import { parseGlossary } from './glossary.ts';

/** The editors' notes of content/glossary.yaml, validated, in file order. */
export const glossary = parseGlossary(source);
