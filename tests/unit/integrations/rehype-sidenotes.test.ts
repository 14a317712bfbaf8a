import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { rehypeFootnoteLabels } from '../../../src/integrations/rehype-footnote-labels.ts';
import { rehypeParagraphIds } from '../../../src/integrations/rehype-paragraph-ids.ts';
import { rehypeSidenotes } from '../../../src/integrations/rehype-sidenotes.ts';

// In the site's order: paragraphs numbered, notes labelled, then copied.
const processor = await createMarkdownProcessor({
  gfm: true,
  smartypants: false,
  rehypePlugins: [rehypeParagraphIds, rehypeFootnoteLabels, [rehypeSidenotes, { shortenAfter: 60 }]],
});

describe('rehypeSidenotes', () => {
  const markdown = [
    'Text[^30] and more[^31], and again[^30].',
    '',
    'Later[^32].',
    '',
    '[^30]: E. Mamedov, available at: https://eurasianet.org.',
    '',
    '[^31]: Ibid.',
    '',
    '[^32]: A note long enough to be shortened in the margin, with the rest a click away.',
  ].join('\n');

  test('copies each note, once, into a hidden aside before the paragraph of its first reference', async () => {
    const { code } = await processor.render(markdown);
    expect(code.match(/class="sidenote( long)?"/g)).toHaveLength(3);
    expect(code).toContain(
      '<aside class="sidenotes" aria-hidden="true" data-pagefind-ignore=""><div class="sidenote" data-note="user-content-fn-30"><div class="sidenote-text"><span class="sidenote-label">30</span> E. Mamedov, available at: <a href="https://eurasianet.org" tabindex="-1">https://eurasianet.org</a>.</div></div><div class="sidenote" data-note="user-content-fn-31"><div class="sidenote-text"><span class="sidenote-label">31</span> Ibid.</div></div></aside><p id="p1"',
    );
  });

  test('keeps the paragraph the author’s text: no note text inside it', async () => {
    const { code } = await processor.render(markdown);
    const paragraph = /<p id="p1"[^>]*>(.*?)<\/p>/.exec(code)![1]!;
    expect(paragraph.replace(/<[^>]+>/g, '')).toBe('Text30 and more31, and again30.');
  });

  test('shortens a long note, with a link to the whole note in the notes list', async () => {
    const { code } = await processor.render(markdown);
    expect(code).toContain('<div class="sidenote long" data-note="user-content-fn-32">');
    expect(code).toContain(
      'click away.</div><a class="sidenote-more" href="#user-content-fn-32" tabindex="-1">… more</a></div></aside><p id="p2"',
    );
  });

  test('leaves the notes list whole: ids and back links stay there only', async () => {
    const { code } = await processor.render(markdown);
    expect(code.match(/id="user-content-fn-30"/g)).toHaveLength(1);
    expect(code.match(/data-footnote-backref=/g)).toHaveLength(4);
    expect(code).not.toMatch(/class="sidenotes"[^]*?data-footnote-backref[^]*?<\/aside>/);
  });
});
