import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { NOTE_ID_PREFIX } from '../contract/ids.ts';
import { basePath } from '../lib/base-path.ts';
import { citationData } from '../citations/data.ts';
import { glossaryOf, themesOfPaper } from '../lib/editorial-data.ts';
import { rehypeFootnoteLabels } from './rehype-footnote-labels.ts';
import { rehypeGlossary } from './rehype-glossary.ts';
import { rehypeNoteCitations } from './rehype-note-citations.ts';
import { rehypeParagraphIds } from './rehype-paragraph-ids.ts';
import { rehypePerPaper } from './rehype-per-paper.ts';
import { rehypePrintUrls } from './rehype-print-urls.ts';
import { rehypeSidenotes } from './rehype-sidenotes.ts';
import { rehypeThemeMarks } from './rehype-theme-marks.ts';
import { rehypeThemes } from './rehype-themes.ts';

// One prefix for the ids of references (`fnref-23`) and notes (`fn-23`), shared with our plugins.
const clobberPrefix = NOTE_ID_PREFIX;

/** Options of the unified Markdown processor, shared by astro.config.mjs and the unit tests. */
export const markdownOptions = {
  // The author's text as printed: no curly quotes or dashes made from straight ones and `--`.
  smartypants: false,
  // Order matters: paragraphs are numbered first, notes get their labels, glossary marks go in
  // before the notes are copied as sidenotes (so a note's copy carries its mark too).
  rehypePlugins: [
    rehypeParagraphIds,
    // Themes of each paragraph and note (reads the paragraph ids; owned by the search work).
    // Each paper's pages live under /<id>/ and its themes are the series' and its own: the section's front matter says which paper.
    rehypePerPaper(rehypeThemes, (paper) => ({ themes: themesOfPaper(paper), base: `${basePath()}${paper}/` })),
    // Their lines out of the reading flow, gathered at the end of the section's text.
    rehypeThemeMarks,
    [rehypeFootnoteLabels, { clobberPrefix }],
    // Links each note's URLs and sources before glossary marks or sidenote copies are made.
    rehypePerPaper(rehypeNoteCitations, (paper) => ({
      ...citationData(paper),
      base: `${basePath()}${paper}/`,
      clobberPrefix,
    })),
    // The series' editors' notes and the paper's own.
    rehypePerPaper(rehypeGlossary, (paper) => ({
      entries: glossaryOf(paper),
      clobberPrefix,
      glossaryHref: `${basePath()}glossary/`,
    })),
    rehypePrintUrls,
    [rehypeSidenotes, { clobberPrefix }],
  ],
  remarkRehype: {
    clobberPrefix,
    footnoteLabel: 'Notes',
    // A visible heading: readers scroll to the notes, not only screen readers.
    footnoteLabelProperties: { className: ['notes-heading'] },
    // Replaced by the paper's label in rehypeFootnoteLabels; the index here is GFM's order.
    footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
      `Back to reference ${referenceIndex + 1}${rereferenceIndex > 1 ? ` (${rereferenceIndex})` : ''}`,
    // U+FE0E keeps the arrow a text glyph rather than an emoji.
    footnoteBackContent: '↩\uFE0E',
  },
} satisfies UnifiedProcessorOptions;
