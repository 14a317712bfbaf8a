/** paper.yaml: a paper's bibliographic metadata, written by the editors beside its source.txt. */
import { z } from 'astro/zod';
import type { DeepReadonly } from './readonly.ts';

/** A person as printed on the paper: given name(s) and family name. */
export const personSchema = z.object({ given: z.string().min(1), family: z.string().min(1) });

export const paperMetadataSchema = z.object({
  /** The title as the paper's title page prints it. */
  title: z.string().min(1),
  /** Optional: the title as the cover prints it, when it differs (a running header may repeat either). */
  coverTitle: z.string().min(1).optional(),
  /** The authors, in the order printed; at least one. */
  authors: z.array(personSchema).min(1),
  /** Optional: the translators; none by default. */
  translators: z.array(personSchema).default([]),
  /** The publisher's short name (`Ifri`), as citations give it. */
  publisher: z.string().min(1),
  /** The publisher's full name (`Institut français des relations internationales`). */
  publisherName: z.string().min(1),
  /** Optional: the publisher's centre or programme that issued the paper. */
  center: z.string().min(1).optional(),
  /** Optional: where the publisher is (a report's place of publication). */
  place: z.string().min(1).optional(),
  /** The series the paper belongs to (`Russie.Nei.Reports`). */
  series: z.string().min(1),
  /** The paper's number in its series. */
  number: z.number().int().positive(),
  /** Year and month of publication, `YYYY-MM` (YAML 1.2 reads 2022-03 as a string; it stays one). */
  date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM'),
  /** The ISBN as printed. */
  isbn: z.string().min(1),
  /** The paper's language, a BCP 47 tag (`en`). */
  language: z.string().min(2),
  /** The copyright line as printed. */
  copyright: z.string().min(1),
  /** The file name of the PDF-extracted text beside paper.yaml (`source.txt`). */
  source: z.string().min(1),
});

export type PaperMetadata = DeepReadonly<z.output<typeof paperMetadataSchema>>;
export type Person = DeepReadonly<z.output<typeof personSchema>>;
