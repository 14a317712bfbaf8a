import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { markdownOptions } from '../../../src/integrations/markdown-options.ts';
import { rehypeFootnoteLabels } from '../../../src/integrations/rehype-footnote-labels.ts';
import { rehypeParagraphIds } from '../../../src/integrations/rehype-paragraph-ids.ts';

// The same options as astro.config.mjs, so this renders exactly as the site does.
const processor = await createMarkdownProcessor({
  ...markdownOptions,
  // The site's options with this module's plugins alone (the others need files on disk).
  rehypePlugins: [rehypeParagraphIds, [rehypeFootnoteLabels, { clobberPrefix: 'user-content-' }]],
  gfm: true,
  smartypants: false,
});

async function render(markdown: string): Promise<string> {
  return (await processor.render(markdown)).code;
}

describe('rehypeFootnoteLabels', () => {
  const markdown = [
    'Caucasus[^30] or Central Asia[^31], and the Caucasus again[^30].',
    '',
    '[^30]: E. Mamedov, Eurasianet.',
    '',
    '[^31]: Ibid.',
  ].join('\n');

  test('shows the paper’s label on the reference and names it “Note N”', async () => {
    const html = await render(markdown);
    expect(html).toContain(
      '<a href="#user-content-fn-30" id="user-content-fnref-30" data-footnote-ref="" aria-describedby="footnote-label" aria-label="Note 30">30</a>',
    );
    expect(html).toContain(
      'id="user-content-fnref-31" data-footnote-ref="" aria-describedby="footnote-label" aria-label="Note 31">31</a>',
    );
    expect(html).toContain(
      'id="user-content-fnref-30-2" data-footnote-ref="" aria-describedby="footnote-label" aria-label="Note 30">30</a>',
    );
  });

  test('numbers the note list by label and names back links after it', async () => {
    const html = await render(markdown);
    expect(html).toContain('<li id="user-content-fn-30" value="30">');
    expect(html).toContain('<li id="user-content-fn-31" value="31">');
    expect(html).toContain(
      '<a href="#user-content-fnref-30" data-footnote-backref="" aria-label="Back to reference 30"',
    );
    expect(html).toContain(
      '<a href="#user-content-fnref-30-2" data-footnote-backref="" aria-label="Back to reference 30 (2)"',
    );
    expect(html).toContain(
      '<a href="#user-content-fnref-31" data-footnote-backref="" aria-label="Back to reference 31"',
    );
    expect(html).toContain('<h2 class="notes-heading" id="footnote-label">Notes</h2>');
  });

  test('leaves a non-numeric label without a list value', async () => {
    const html = await render('Text[^note].\n\n[^note]: A note.');
    expect(html).toContain('<li id="user-content-fn-note">');
    expect(html).toContain('aria-label="Note note">note</a>');
  });
});
