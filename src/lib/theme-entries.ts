// Vite inlines the YAML at build time (for the pages, the Markdown processor and the search index alike).
import source from '../../content/themes.yaml?raw';
import { parseThemes, type Theme } from './themes.ts';

/** The themes of content/themes.yaml, validated, in file order. */
export const themes: readonly Theme[] = parseThemes(source);
