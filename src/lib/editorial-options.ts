// What reads an editors' file: the same for the Markdown processor's read (src/lib/editorial-data.ts) and the
// collections' loader (src/content.config.ts), so both give the same entries and the same coded errors.
import { glossaryFileSchema } from '../contract/glossary.ts';
import { themesFileSchema } from '../contract/themes.ts';
import { glossaryNames } from './glossary.ts';

/** content/glossary.yaml and each paper's own glossary.yaml. */
export const glossaryFiles = {
  name: 'glossary.yaml',
  seriesFile: 'content/glossary.yaml',
  schema: glossaryFileSchema,
  code: 'GLOSSARY',
  names: glossaryNames,
} as const;

/** content/themes.yaml and each paper's own themes.yaml. */
export const themeFiles = {
  name: 'themes.yaml',
  seriesFile: 'content/themes.yaml',
  schema: themesFileSchema,
  code: 'THEME',
} as const;
