/** citations.json: per note, the works it cites and the URLs it prints, with their offsets in the note's text. */
import { z } from 'astro/zod';
import type { DeepReadonly } from './readonly.ts';

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
  /**
   * Set when the ingest could not be sure which work an `Ibid.`/`op. cit.` refers to (its source cannot
   * hold its page: p. 153 of a newspaper article): `id` is a guess. Optional.
   */
  uncertain: z.literal(true).exactOptional(),
  /** With `uncertain`: the latest earlier work that can hold the page, the likelier reading. Optional. */
  likelier: z.string().min(1).exactOptional(),
});

/** A URL printed in a note, with its offsets in the note's text; `https://` added where the paper printed a bare `www.`. */
export const noteLinkSchema = z.strictObject({ url: z.string().min(1), start: offset, end: offset });

/** One note's entry. */
export const noteCitationsSchema = z.strictObject({
  number: z.number().int().positive(),
  citations: z.array(noteCitationSchema),
  links: z.array(noteLinkSchema),
});

/** citations.json: every note with a citation or a link, by number. */
export const noteCitationsListSchema = z.array(noteCitationsSchema);

export type NoteCitation = DeepReadonly<z.output<typeof noteCitationSchema>>;
export type NoteLink = DeepReadonly<z.output<typeof noteLinkSchema>>;
export type NoteCitations = DeepReadonly<z.output<typeof noteCitationsSchema>>;
