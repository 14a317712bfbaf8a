/**
 * references.json: every work the notes cite, as CSL-JSON items (the subset of citationstyles.org's
 * csl-data.json that the ingest writes), in the order of first citation. Nothing else is allowed.
 */
import { z } from 'astro/zod';
import type { DeepReadonly } from './readonly.ts';

/** A person (`given` holds the initials as printed; a name printed as initials only has no `family`) or an organisation (`literal`). */
export const cslNameSchema = z
  .strictObject({
    family: z.string().min(1).exactOptional(),
    given: z.string().min(1).exactOptional(),
    literal: z.string().min(1).exactOptional(),
  })
  .refine((n) => Object.keys(n).length > 0, { message: 'a name has a family name, a given name or a literal' });

/** One date or, with two entries, a range (`January-February 2019`); `season` as printed. */
export const cslDateSchema = z.strictObject({
  'date-parts': z.array(z.array(z.number().int()).min(1).max(3)).min(1).max(2),
  season: z.string().min(1).exactOptional(),
});

export const cslTypeSchema = z.enum([
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'book',
  'chapter',
  'document',
  'graphic',
  'interview',
  'post',
  'post-weblog',
  'report',
  'webpage',
]);

/** One work cited. Every field but `id` and `type` is optional. */
export const cslItemSchema = z.strictObject({
  id: z.string().min(1),
  type: cslTypeSchema,
  genre: z.string().min(1).exactOptional(),
  author: z.array(cslNameSchema).exactOptional(),
  editor: z.array(cslNameSchema).exactOptional(),
  /** The title as printed, in its own language. */
  title: z.string().min(1).exactOptional(),
  'container-title': z.string().min(1).exactOptional(),
  /** The series of a report (`INSS Insight`), with its `number`. */
  'collection-title': z.string().min(1).exactOptional(),
  number: z.string().min(1).exactOptional(),
  volume: z.string().min(1).exactOptional(),
  issue: z.string().min(1).exactOptional(),
  /** The page range of an article or chapter; a single page cited is a note's locator instead. */
  page: z.string().min(1).exactOptional(),
  publisher: z.string().min(1).exactOptional(),
  'publisher-place': z.string().min(1).exactOptional(),
  issued: cslDateSchema.exactOptional(),
  URL: z.string().min(1).exactOptional(),
  /** BCP 47 tag, set only where the title is plainly not English. */
  language: z.string().min(2).exactOptional(),
  /**
   * One `key: value` line per remark (the Zotero "Extra" convention). `translated-title: …` holds the
   * English translation the paper prints in brackets after a title: CSL-JSON has no field for it.
   */
  note: z.string().min(1).exactOptional(),
});

/** references.json, each id once. */
export const referencesSchema = z
  .array(cslItemSchema)
  .refine((items) => new Set(items.map((i) => i.id)).size === items.length, { message: 'an id appears twice' });

/**
 * The paper itself as a CSL item (src/citations/export.ts, from paper.yaml): a source's fields, and its
 * translators and ISBN, which no note prints and references.json therefore never holds.
 */
export const paperItemSchema = cslItemSchema.extend({
  translator: z.array(cslNameSchema).exactOptional(),
  ISBN: z.string().min(1).exactOptional(),
});

export type CslName = DeepReadonly<z.output<typeof cslNameSchema>>;
export type CslDate = DeepReadonly<z.output<typeof cslDateSchema>>;
export type CslType = z.output<typeof cslTypeSchema>;
/** A work cited, as references.json holds it. */
export type CslItem = DeepReadonly<z.output<typeof cslItemSchema>>;
/** The paper's own item; the exports take it or any {@link CslItem}, which has none of its extra fields. */
export type PaperItem = DeepReadonly<z.output<typeof paperItemSchema>>;
