import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { markdownOptions } from '../../../src/integrations/markdown-options.ts';
import { rehypeFootnoteLabels } from '../../../src/integrations/rehype-footnote-labels.ts';
import { rehypeParagraphIds } from '../../../src/integrations/rehype-paragraph-ids.ts';

const processor = await createMarkdownProcessor({
  ...markdownOptions,
  // The site's options with this module's plugins alone (the others need files on disk).
  rehypePlugins: [rehypeParagraphIds, [rehypeFootnoteLabels, { clobberPrefix: 'user-content-' }]],
  gfm: true,
  smartypants: false,
});

describe('rehypeParagraphIds', () => {
  test('numbers the body paragraphs in order, and leaves the notes alone', async () => {
    const html = (await processor.render('First.[^1]\n\nSecond.\n\nThird.\n\n[^1]: A note paragraph.')).code;
    expect([...html.matchAll(/<p id="(p\d+)" data-paragraph="(\d+)">/g)].map((m) => [m[1], m[2]])).toEqual([
      ['p1', '1'],
      ['p2', '2'],
      ['p3', '3'],
    ]);
    expect(html).toMatch(/<li id="user-content-fn-1"[^>]*>\s*<p>A note paragraph\./);
  });
});
