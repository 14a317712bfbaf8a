import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { rehypeFootnoteLabels } from '../../../src/integrations/rehype-footnote-labels.ts';
import { rehypeParagraphIds } from '../../../src/integrations/rehype-paragraph-ids.ts';
import { rehypeSidenotes } from '../../../src/integrations/rehype-sidenotes.ts';

// In the site's order: paragraphs numbered, notes labelled, then copied.
const processor = await createMarkdownProcessor({
  gfm: true,
  smartypants: false,
  rehypePlugins: [rehypeParagraphIds, rehypeFootnoteLabels, rehypeSidenotes],
});

describe('rehypeSidenotes', () => {
  const markdown = [
    'Text[^30] and more[^31], and again[^30].',
    '',
    '[^30]: E. Mamedov, available at: https://eurasianet.org.',
    '',
    '[^31]: Ibid.',
  ].join('\n');

  test('copies each note, once, right after its first reference, hidden from assistive technology', async () => {
    const { code } = await processor.render(markdown);
    expect(code.match(/class="sidenote"/g)).toHaveLength(2);
    expect(code).toContain(
      'aria-label="Note 30">30</a></sup><span class="sidenote" aria-hidden="true" data-pagefind-ignore=""><span class="sidenote-label">30</span> E. Mamedov, available at: <a href="https://eurasianet.org" tabindex="-1">https://eurasianet.org</a>.</span> and more',
    );
    expect(code).toContain(
      'aria-label="Note 31">31</a></sup><span class="sidenote" aria-hidden="true" data-pagefind-ignore=""><span class="sidenote-label">31</span> Ibid.</span>, and again',
    );
    // The second reference to note 30 gets no second copy.
    expect(code).toMatch(/aria-label="Note 30">30<\/a><\/sup>\.<a href="#p1" class="pilcrow"/);
  });

  test('leaves the notes list whole: ids and back links stay there only', async () => {
    const { code } = await processor.render(markdown);
    expect(code.match(/id="user-content-fn-30"/g)).toHaveLength(1);
    expect(code.match(/data-footnote-backref=/g)).toHaveLength(3);
    expect(code).not.toMatch(/class="sidenote"[^]*?data-footnote-backref[^]*?<\/span><\/p>/);
  });
});
