/**
 * glossary.yaml: the editors' notes. content/glossary.yaml holds the series-wide ones, which apply to
 * every paper; content/papers/<id>/glossary.yaml (optional) a paper's own, which apply to that paper
 * only. Both files have this format. Across the series an id names one entry and a name (alias or
 * variant, whatever its case or hyphenation) names one entry: src/lib/glossary-sets.ts checks that.
 */
import { z } from 'astro/zod';

export const glossaryKinds = [
  'organisation',
  'person',
  'place',
  'event',
  'agreement',
  'movement',
  'community',
] as const;

const textForm = z.string().trim().min(2);

/** One editors' note. */
export const glossaryEntrySchema = z.object({
  /** Kebab-case; the entry's anchor on /glossary/ (`/glossary/#irgc`) and its search group. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id'),
  /** The entry's heading (`Islamic Revolutionary Guard Corps (IRGC)`). */
  term: z.string().min(1),
  /** What the entry names. */
  kind: z.enum(glossaryKinds),
  /**
   * The text forms that mark a mention, at least one: matched case-sensitively on word boundaries,
   * the longest first ("Islamic Revolutionary Guard Corps" wins over "Revolutionary Guard").
   */
  aliases: z.array(textForm).min(1),
  /** Optional: text forms that contain an alias but are not a mention (`Alireza Raisi`); none by default. */
  exclude: z.array(textForm).default([]),
  /**
   * Optional: other spellings readers type (transliterations, older or foreign forms: `Rohani`, `ISIS`);
   * search finds the entry's mentions by them; they mark nothing. None by default.
   */
  variants: z.array(textForm).default([]),
  /** Two or three neutral sentences (40 to 700 characters), facts only; white space is normalised. */
  text: z
    .string()
    .min(40)
    .max(700, 'an editors’ note is two or three short sentences')
    .transform((t) => t.replace(/\s+/g, ' ').trim()),
});

/** A glossary.yaml: a list of entries, at least one (a paper with none has no file). */
export const glossaryFileSchema = z.array(glossaryEntrySchema).min(1);

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type GlossaryKind = GlossaryEntry['kind'];
