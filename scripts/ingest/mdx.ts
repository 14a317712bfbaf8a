/** Stage 9: write a section as MDX, escaping whatever MDX would read as syntax. */
import { stringify } from 'yaml';
import type { SectionFrontMatter } from '../../src/contract/index.ts';
import type { Section } from './sections.ts';
import { findPrintedUrls } from './urls.ts';

/** The definition given to a reference whose note text the source lacks; never invented. */
export function missingNoteText(number: number): string {
  return `The text of note ${number} is missing from the source: the extracted text of the paper does not include it.`;
}

/** The MDX file of a section of paper `paper`: front matter, one line per paragraph, then the note definitions. */
export function sectionToMdx(section: Section, sourceFile: string, paper: string): string {
  // Typed by the contract, so the compiler checks the fields the ingest writes (contract-check.ts their values).
  const front: SectionFrontMatter = {
    paper,
    title: section.title,
    order: section.order,
    slug: section.slug,
    firstNote: section.firstNote,
    lastNote: section.lastNote,
    wordCount: section.wordCount,
    source: sourceFile,
    sourceLines: [...section.sourceLines],
  };
  const frontMatter = stringify(front, { lineWidth: 0 });
  const body = section.paragraphs.map((parts) =>
    escapeBlockStart(parts.map((p) => (p.kind === 'ref' ? `[^${p.number}]` : escapeText(p.value))).join('')),
  );
  const notes = section.notes.map((n) =>
    n.text === undefined
      ? `[^${n.number}]: _${escapeInline(missingNoteText(n.number))}_`
      : `[^${n.number}]: ${escapeBlockStart(escapeText(n.text))}`,
  );
  return `---\n${frontMatter}---\n\n${[...body, ...notes].join('\n\n')}\n`;
}

/**
 * A line of text with every printed URL as an explicit link: its text escaped like any other, its
 * address in `<…>`, so no escaping backslash reaches the href and GFM's autolink never guesses its end.
 */
export function escapeText(text: string): string {
  let out = '';
  let cursor = 0;
  for (const u of findPrintedUrls(text)) {
    out += escapeInline(text.slice(cursor, u.start));
    out += `[${escapeInline(text.slice(u.start, u.end))}](<${u.url.replace(/[<>\\]/g, (c) => `\\${c}`)}>)`;
    cursor = u.end;
  }
  return out + escapeInline(text.slice(cursor));
}

/** Backslash-escapes MDX and Markdown syntax characters inside a line of text. */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/!(?=\\\[)/g, '\\!');
}

/** Escapes what would open a block (list, heading, quote, setext underline, ESM) at the start of a paragraph. */
export function escapeBlockStart(line: string): string {
  return (
    line
      .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
      .replace(/^([-+=#>])/, '\\$1')
      // `import`/`export` opening a paragraph is ESM to MDX; a character reference is not.
      .replace(/^(i)(?=mport\b)|^(e)(?=xport\b)/, (c) => `&#${c.charCodeAt(0)};`)
  );
}
