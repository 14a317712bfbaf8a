/**
 * The site reads the papers only through these collections, each validated by the contract (src/contract/):
 * what the editors write (paper.yaml, the glossary and themes) and what the ingest writes (content/papers/<id>/generated/).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  noteCitationsListSchema,
  paperMetadataSchema,
  referencesSchema,
  noteRange,
  sectionFrontMatterObject,
  sectionListSchema,
} from './contract/index.ts';
import { glossaryFileSchema } from './contract/glossary.ts';
import { themesFileSchema } from './contract/themes.ts';
import { editorialLoader } from './lib/editorial-loader.ts';
import { glossaryFiles, themeFiles } from './lib/editorial-options.ts';
import { paperJsonLoader } from './lib/paper-data-loader.ts';

const PAPERS = './content/papers';

/** The papers of the series: content/papers/<id>/paper.yaml, id the folder's name. */
const papers = defineCollection({
  loader: glob({ pattern: '*/paper.yaml', base: PAPERS, generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: paperMetadataSchema,
});

/** One section of a paper, written by `npm run ingest` as content/papers/<id>/generated/NN-slug.mdx. */
const sections = defineCollection({
  // Only *.mdx: the ingest also leaves report.json and the JSON data in that folder.
  // Ids are `<paper>/<slug>`: two papers may both have an "introduction".
  loader: glob({
    pattern: '*/generated/*.mdx',
    base: PAPERS,
    generateId: ({ entry, data }) => `${entry.split('/')[0]!}/${String(data['slug'])}`,
  }),
  schema: noteRange(sectionFrontMatterObject.extend({ paper: reference('papers') })),
});

/** Per data file of the ingest, one entry per paper: `{ paper, items }`. */
const perPaper = <T extends z.ZodType>(file: string, items: T) =>
  defineCollection({
    loader: paperJsonLoader(file),
    schema: z.object({ paper: reference('papers'), items }),
  });

/** Per editors' file, one entry (id `series`, or the paper's id): `{ paper, file, entries }`. */
const editorial = <T extends z.ZodType>(entries: T, loader: ReturnType<typeof editorialLoader>) =>
  defineCollection({
    loader,
    schema: z.object({ paper: z.string().optional(), file: z.string(), entries }),
  });

export const collections = {
  papers,
  sections,
  /** The sections with their note ranges (sections.json). */
  sectionNotes: perPaper('sections.json', sectionListSchema),
  /** Every work cited, as CSL-JSON (references.json). */
  references: perPaper('references.json', referencesSchema),
  /** Per note, its citations and links (citations.json). */
  noteCitations: perPaper('citations.json', noteCitationsListSchema),
  /** The editors' notes: content/glossary.yaml and each paper's own glossary.yaml. */
  glossaries: editorial(glossaryFileSchema, editorialLoader(glossaryFiles)),
  /** The editors' themes: content/themes.yaml and each paper's own themes.yaml. */
  themeSets: editorial(themesFileSchema, editorialLoader(themeFiles)),
};
