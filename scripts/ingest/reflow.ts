/** Stage 6: rebuild paragraphs from the body lines of every page, section by section. */
import { joinCutWord, unglueLine } from './dehyphenate.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { Heading } from './headings.ts';
import type { Layout } from './layout.ts';
import type { Page } from './pages.ts';
import { lineWidth, measureOf, textWidth } from './glyph-width.ts';
import { endsSentence, firstWord } from './text-shape.ts';

export interface LineStart {
  /** Offset in the paragraph's text where this source line's text begins. */
  readonly offset: number;
  readonly line: number;
}

export interface Paragraph {
  readonly text: string;
  /** Where each source line begins in `text`, for positions in messages. */
  readonly starts: readonly LineStart[];
}

export interface RawSection {
  readonly heading: Heading;
  readonly paragraphs: readonly Paragraph[];
}

export interface ReflowResult {
  readonly sections: RawSection[];
  /** Body text found before the first heading (kept: it joins the first section). */
  readonly diagnostics: Diagnostic[];
}

/**
 * The text was justified, so a line break ends a paragraph only when the line ends a sentence
 * and the next line's first word would have fit on it.
 */
export function reflow(
  pages: readonly Page[],
  headings: readonly (Heading | undefined)[],
  layout: Layout,
): ReflowResult {
  const diagnostics: Diagnostic[] = [];
  const sections: { heading: Heading | undefined; paragraphs: Paragraph[] }[] = [];
  let text = '';
  let starts: LineStart[] = [];
  let lastLine = '';
  const space = textWidth(' ');
  const measure = measureOf(
    pages.flatMap((page) => page.body.map((l) => l.text)).filter((t) => t.length <= layout.noteThreshold),
  );
  let cutWordPending = false;

  const flush = (): void => {
    if (text.trim() === '') return;
    sections.at(-1)?.paragraphs.push({ text, starts });
    text = '';
    starts = [];
  };

  pages.forEach((page, p) => {
    const heading = headings[p];
    if (heading) {
      flush();
      sections.push({ heading, paragraphs: [] });
      cutWordPending = false;
    } else if (sections.length === 0 && page.body.length > 0) {
      sections.push({ heading: undefined, paragraphs: [] });
    }
    for (const bodyLine of page.body) {
      const glued = unglueLine(bodyLine.text, layout);
      if (glued.restoredAt !== undefined) {
        diagnostics.push({
          code: 'HYPHENATION_RESTORED',
          severity: 'info',
          line: bodyLine.line,
          column: glued.restoredAt,
          message: 'two lines glued at a hyphen: the hyphen is restored',
        });
      }
      const line = glued.text.trim();
      if (text === '') {
        starts.push({ offset: 0, line: bodyLine.line });
        text = line;
      } else if (cutWordPending) {
        const joined = joinCutWord(text, line);
        starts.push({ offset: joined.length - line.length, line: bodyLine.line });
        text = joined;
      } else if (endsSentence(text) && lineWidth(lastLine) + space + textWidth(firstWord(line)) <= measure) {
        flush();
        starts.push({ offset: 0, line: bodyLine.line });
        text = line;
      } else {
        starts.push({ offset: text.length + 1, line: bodyLine.line });
        text = `${text} ${line}`;
      }
      lastLine = glued.lastLine;
      cutWordPending = bodyLine.cutByHyphen === true;
    }
  });
  flush();

  const [first, ...rest] = sections;
  if (first && first.heading === undefined) {
    const line = first.paragraphs[0]?.starts[0]?.line ?? 1;
    diagnostics.push({
      code: 'TEXT_BEFORE_FIRST_HEADING',
      severity: 'warning',
      line,
      message: 'body text before the first heading: it is kept at the start of the first section',
    });
    const next = rest[0];
    if (next) next.paragraphs = [...first.paragraphs, ...next.paragraphs];
    else sections[0] = { heading: { text: 'Untitled', line }, paragraphs: first.paragraphs };
    if (next) sections.shift();
  }
  return { sections: sections.map((s) => ({ heading: s.heading!, paragraphs: s.paragraphs })), diagnostics };
}
