import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const noteNumber = z.number().int().positive().nullable();

/** One section of a paper, written by `npm run ingest` as content/papers/<id>/generated/NN-slug.mdx. */
const paper = defineCollection({
  // Only *.mdx: the ingest also leaves report.json and the citation data in that folder.
  loader: glob({ pattern: '*/generated/*.mdx', base: './content/papers' }),
  schema: z
    .object({
      title: z.string().min(1),
      order: z.number().int().positive(),
      slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case slug'),
      firstNote: noteNumber,
      lastNote: noteNumber,
      wordCount: z.number().int().nonnegative(),
      // Provenance the ingest records: the source file and the line span the section came from.
      source: z.string().optional(),
      sourceLines: z.array(z.number().int().positive()).optional(),
    })
    .refine((s) => (s.firstNote === null) === (s.lastNote === null), {
      message: 'firstNote and lastNote are both null or both set',
    })
    .refine((s) => s.firstNote === null || s.lastNote === null || s.firstNote <= s.lastNote, {
      message: 'firstNote must not exceed lastNote',
    }),
});

export const collections = { paper };
