/** Stage 5: tell section headings from running headers among the short blocks at page tops. */
import type { Diagnostic } from './diagnostics.ts';
import type { Page } from './pages.ts';
import type { SourceLine } from './preprocess.ts';
import { endsSentence, looseKey, startsSentence } from './text-shape.ts';

export interface Heading {
  readonly text: string;
  readonly line: number;
}

export interface HeadingsResult {
  /** The heading that opens each page, by page index; undefined where a page opens no section. */
  readonly headings: readonly (Heading | undefined)[];
  /** Lines dropped as running headers (the paper's title, the author's name…). */
  readonly runningHeaders: readonly SourceLine[];
  readonly diagnostics: Diagnostic[];
}

export interface HeadingsOptions {
  /** Texts known to be running headers (title, authors), matched loosely. */
  readonly runningHeaderTexts?: readonly string[];
}

/**
 * A heading can only open a page where the previous page's text ended a sentence and the page's
 * text starts one; the other short blocks (all of them, mid-sentence) are running headers.
 */
export function classifyHeadings(pages: readonly Page[], options: HeadingsOptions = {}): HeadingsResult {
  const known = new Set((options.runningHeaderTexts ?? []).map(looseKey));
  const headings: (Heading | undefined)[] = [];
  const runningHeaders: SourceLine[] = [];
  const diagnostics: Diagnostic[] = [];
  let previousText: string | undefined;

  for (const page of pages) {
    const blocks = page.headerBlocks.filter((block) => {
      const isKnown = known.has(looseKey(block.map((l) => l.text).join(' ')));
      if (isKnown) runningHeaders.push(...block);
      return !isKnown;
    });
    const nextText = page.body[0]?.text;
    const atBoundary =
      (previousText === undefined || endsSentence(previousText)) &&
      (nextText === undefined || startsSentence(nextText));
    const heading = atBoundary ? blocks.at(-1) : undefined;
    for (const block of heading ? blocks.slice(0, -1) : blocks) runningHeaders.push(...block);
    headings.push(heading ? { text: heading.map((l) => l.text).join(' '), line: heading[0]!.line } : undefined);
    previousText = page.body.at(-1)?.text ?? previousText;
  }
  for (const l of runningHeaders) {
    diagnostics.push({
      code: 'RUNNING_HEADER',
      severity: 'info',
      line: l.line,
      message: `running header left out: “${l.text}”`,
    });
  }
  return { headings, runningHeaders, diagnostics };
}
