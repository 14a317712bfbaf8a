// Vite inlines the YAML at build time (for the pages and for the Markdown processor alike).
import source from '../../content/themes.yaml?raw';
import { parseThemes, type Theme } from './themes.ts';

/** The themes of content/themes.yaml, validated, in file order. */
export const themes: readonly Theme[] = parseThemes(source);
