import { parse } from 'yaml';
import { z } from 'astro/zod';
import { paperMetadataSchema, type PaperMetadata, type Person } from '../contract/paper.ts';
import { plainText } from './passages.ts';

export { paperMetadataSchema, type PaperMetadata, type Person } from '../contract/paper.ts';

/** Parse and validate the text of a paper.yaml; throws with the failing fields. */
export function parsePaperMetadata(yamlText: string): PaperMetadata {
  const result = paperMetadataSchema.safeParse(parse(yamlText));
  if (!result.success) {
    throw new Error(`paper.yaml is invalid — fix these fields:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** "Clément Therme"; several people joined as "A, B and C". */
export function formatPeople(people: readonly Person[]): string {
  const names = people.map((p) => `${p.given} ${p.family}`);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}` : (names[0] ?? '');
}

/** "2022-03" → "March 2022". */
export function formatMonth(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, 1));
  return date.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * The paper's abstract as plain text: the opening paragraph of its first section (the executive
 * summary), read from the MDX the ingest wrote, without note references, and unescaped as the search's
 * passages are (`plainText`: escapes, character references and the links printed URLs are written as).
 * why: one paragraph, not the whole summary, because every page of the paper carries it.
 */
export function abstractFromMdx(body: string): string {
  const opening = body
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .find((p) => p !== '' && !p.startsWith('[^'));
  return opening === undefined ? '' : plainText(opening.replace(/\[\^\d+\]/g, ''));
}
