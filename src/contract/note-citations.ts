/** citations.json: per note, the works it cites and the URLs it prints, with their offsets in the note's text. */
import { z } from 'astro/zod';

const offset = z.number().int().nonnegative();

/** A work cited by a note: `id` is a CSL item of references.json. */
export const noteCitationSchema = z.strictObject({
  id: z.string().min(1),
  /** A full citation, or one that refers back (`Ibid.`, `op. cit.`). */
  kind: z.enum(['full', 'ibid', 'op-cit']),
  /** Where the citation is printed in the note's text (UTF-16 offsets, end exclusive). */
  start: offset,
  end: offset,
  /** The note that cites the work in full first. */
  firstNote: z.number().int().positive(),
  /** The page or passage cited (`p. 204`). Optional. */
  locator: z.string().min(1).exactOptional(),
  /** Set when the ingest could not be sure which work an `Ibid.`/`op. cit.` refers to. Optional. */
  uncertain: z.literal(true).exactOptional(),
  /** With `uncertain`: the id of the other work it may refer to. Optional. */
  likelier: z.string().min(1).exactOptional(),
});

/** A URL printed in a note, as printed, with its offsets in the note's text. */
export const noteLinkSchema = z.strictObject({ url: z.string().min(1), start: offset, end: offset });

/** One note's entry. */
export const noteCitationsSchema = z.strictObject({
  number: z.number().int().positive(),
  citations: z.array(noteCitationSchema),
  links: z.array(noteLinkSchema),
});

/** citations.json: every note with a citation or a link, by number. */
export const noteCitationsListSchema = z.array(noteCitationsSchema);

export type NoteCitationRecord = z.infer<typeof noteCitationSchema>;
export type NoteLinkRecord = z.infer<typeof noteLinkSchema>;
export type NoteCitationsRecord = z.infer<typeof noteCitationsSchema>;
