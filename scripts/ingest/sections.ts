/** Stage 8: assemble sections with their notes, numbers and counts, ready to write out. */
import type { SectionFrontMatter } from '../../src/contract/index.ts';
import type { Note } from './notes.ts';
import type { Inline, LinkedSection } from './references.ts';
import { uniqueSlugs } from './slug.ts';

export interface SectionNote {
  readonly number: number;
  /** The note's text as printed, or undefined where the source lacks it. */
  readonly text: string | undefined;
}

/** A section: its front matter's fields (title, slug, order, note range, word count, source lines), its file and text. */
export interface Section extends Omit<SectionFrontMatter, 'paper' | 'source'> {
  readonly file: string;
  readonly paragraphs: readonly (readonly Inline[])[];
  readonly notes: readonly SectionNote[];
}

/** Gives each section its slug, file name, notes (in reference order) and word count. */
export function buildSections(linked: readonly LinkedSection[], notes: readonly Note[]): Section[] {
  const byNumber = new Map(notes.map((n) => [n.number, n]));
  const slugs = uniqueSlugs(linked.map((s) => s.heading.text));
  const starts = linked.map((s) => s.heading.line);
  return linked.map((section, index) => {
    const refs = section.paragraphs.flatMap((p) =>
      p.parts.flatMap((part) => (part.kind === 'ref' ? [part.number] : [])),
    );
    const words = section.paragraphs
      .flatMap((p) => p.parts.flatMap((part) => (part.kind === 'text' ? [part.value] : [])))
      .join(' ')
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const order = index + 1;
    const slug = slugs[index]!;
    const lastBodyLine = section.paragraphs.reduce((max, p) => (p.line > max ? p.line : max), section.heading.line);
    return {
      title: section.heading.text,
      slug,
      order,
      file: `${String(order).padStart(2, '0')}-${slug}.mdx`,
      paragraphs: section.paragraphs.map((p) => p.parts),
      notes: refs.map((number) => ({ number, text: byNumber.get(number)?.text })),
      firstNote: refs[0] ?? null,
      lastNote: refs.at(-1) ?? null,
      wordCount: words,
      sourceLines: [starts[index]!, Math.max(lastBodyLine, (starts[index + 1] ?? lastBodyLine + 1) - 1)],
    };
  });
}
