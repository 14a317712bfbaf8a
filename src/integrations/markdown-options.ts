import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { rehypeFootnoteLabels } from './rehype-footnote-labels.ts';
import { rehypeParagraphIds } from './rehype-paragraph-ids.ts';

// One prefix for the ids of references (`fnref-23`) and notes (`fn-23`), shared with our plugin.
const clobberPrefix = 'user-content-';

/** Options of the unified Markdown processor, shared by astro.config.mjs and the unit tests. */
export const markdownOptions = {
  rehypePlugins: [rehypeParagraphIds, [rehypeFootnoteLabels, { clobberPrefix }]],
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
