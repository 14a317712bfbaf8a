/** A section of a paper: the front matter of each generated NN-slug.mdx, and the list of sections (sections.json). */
import { z } from 'astro/zod';
import type { DeepReadonly } from './readonly.ts';

const noteNumber = z.number().int().positive().nullable();
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case slug');

/** The refinements of a record with a note range: both bounds null (a section without notes) or both set, in order. */
export function noteRange<T extends { firstNote: number | null; lastNote: number | null }>(schema: z.ZodType<T>) {
  return schema
    .refine((s) => (s.firstNote === null) === (s.lastNote === null), {
      message: 'firstNote and lastNote are both null or both set',
    })
    .refine((s) => s.firstNote === null || s.lastNote === null || s.firstNote <= s.lastNote, {
      message: 'firstNote must not exceed lastNote',
    });
}

/** The fields of a section's front matter, before the note-range checks ({@link sectionFrontMatterSchema}). */
export const sectionFrontMatterObject = z.strictObject({
  /** The id of the paper the section belongs to (its folder under content/papers/). */
  paper: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id'),
  /** The heading as printed. */
  title: z.string().min(1),
  /** Reading order, from 1. */
  order: z.number().int().positive(),
  /** The section's URL segment, unique within its paper. */
  slug,
  /** The first and last note the section holds; null when it holds none. */
  firstNote: noteNumber,
  lastNote: noteNumber,
  wordCount: z.number().int().nonnegative(),
  /** Provenance: the source file (beside paper.yaml) and the first and last line the section came from. */
  source: z.string().min(1),
  sourceLines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
});

/** The front matter the ingest writes at the top of each section's MDX. */
export const sectionFrontMatterSchema = noteRange(sectionFrontMatterObject);

/** One entry of sections.json: a section and the range of notes it holds, in reading order. */
export const sectionNotesSchema = noteRange(
  z.strictObject({ title: z.string().min(1), slug, firstNote: noteNumber, lastNote: noteNumber }),
);

/** sections.json: the paper's sections in reading order, each slug once. */
export const sectionListSchema = z
  .array(sectionNotesSchema)
  .min(1)
  .refine((list) => new Set(list.map((s) => s.slug)).size === list.length, { message: 'a slug appears twice' });

export type SectionFrontMatter = DeepReadonly<z.output<typeof sectionFrontMatterSchema>>;
/** A section and the range of notes it holds (null for a section without notes). */
export type SectionNotes = DeepReadonly<z.output<typeof sectionNotesSchema>>;
