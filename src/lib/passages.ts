/** The passages of a section, read from its generated MDX: body paragraphs and notes, as plain text. */
import { noteId, paragraphId } from '../contract/ids.ts';

export interface Passage {
  readonly kind: 'paragraph' | 'note';
  /** Paragraph number (1-based) or note number. */
  readonly n: number;
  /** The element id the passage has on its section page. */
  readonly id: string;
  /** Plain text as printed, references left out. */
  readonly text: string;
  /** Notes referenced from a paragraph. */
  readonly notes: readonly number[];
}

const DEFINITION = /^\[\^(\d+)\]:\s?/;
const REFERENCE = /\[\^(\d+)\]/g;

const ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * Undoes the ingest's escapes: backslash escapes, numeric character references, and the explicit
 * link a printed URL is written as (`[text](<address>)`), whose text is what the paper prints.
 * One left-to-right pass, so an escaped `\[` is never taken for the start of a link.
 */
export function plainText(mdx: string): string {
  return mdx
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(
      /\\([!-/:-@[-`{-~])|\[((?:\\.|[^\]\\])*)\]\(<(?:\\.|[^>\\])*>\)/g,
      (_, char: string | undefined, link: string | undefined) => char ?? link!.replace(ESCAPE, '$1'),
    );
}

/**
 * Splits an MDX body (front matter removed or not) into passages: one paragraph per block,
 * numbered like the page's `p1`, `p2`… ids, and one passage per note definition.
 */
export function passagesOf(mdx: string): Passage[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const blocks = body
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter((b) => b !== '');
  const passages: Passage[] = [];
  let paragraph = 0;
  for (const block of blocks) {
    const definition = DEFINITION.exec(block);
    if (definition) {
      const n = Number(definition[1]);
      passages.push({
        kind: 'note',
        n,
        id: noteId(n),
        text: plainText(block.slice(definition[0].length)),
        notes: [],
      });
      continue;
    }
    paragraph += 1;
    const notes = [...block.matchAll(REFERENCE)].map((m) => Number(m[1]));
    passages.push({
      kind: 'paragraph',
      n: paragraph,
      id: paragraphId(paragraph),
      text: plainText(block.replace(REFERENCE, '')),
      notes,
    });
  }
  return passages;
}
