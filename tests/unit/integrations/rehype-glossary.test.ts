import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { rehypeFootnoteLabels } from '../../../src/integrations/rehype-footnote-labels.ts';
import { rehypeGlossary } from '../../../src/integrations/rehype-glossary.ts';
import { rehypeParagraphIds } from '../../../src/integrations/rehype-paragraph-ids.ts';
import { parseGlossary } from '../../../src/lib/glossary.ts';

const entries = parseGlossary(
  JSON.stringify([
    {
      id: 'irgc',
      term: 'IRGC',
      kind: 'organisation',
      aliases: ['IRGC'],
      text: 'A branch of Iran’s armed forces, created in 1979.',
    },
    {
      id: 'quds-force',
      term: 'Quds Force',
      kind: 'organisation',
      aliases: ['Quds Force'],
      text: 'The branch of the IRGC for operations abroad.',
    },
    {
      id: 'putin',
      term: 'Vladimir Putin',
      kind: 'person',
      aliases: ['Putin'],
      text: 'President of Russia from 2000 to 2008 and from 2012.',
    },
  ]),
);
const processor = await createMarkdownProcessor({
  gfm: true,
  smartypants: false,
  rehypePlugins: [
    rehypeParagraphIds,
    rehypeFootnoteLabels,
    [rehypeGlossary, { entries, glossaryHref: '/base/glossary/' }],
  ],
});

describe('rehypeGlossary', () => {
  const markdown = [
    '## The IRGC in a heading is a title, not a mention',
    '',
    'The IRGC and the IRGC again.[^1] [A link to the IRGC](https://example.org) is left alone.',
    '',
    'Putin met the *IRGC* commander.',
    '',
    '[^1]: The Commander of the Quds Force, an elite unit of the IRGC, met Putin.',
  ].join('\n');

  test('marks the first mention of each entry in reading order, body before notes', async () => {
    const { code } = await processor.render(markdown);
    const marks = [...code.matchAll(/<a href="([^"]+)" class="gloss" data-glossary="([^"]+)">([^<]+)<\/a>/g)].map((m) =>
      m.slice(1),
    );
    expect(marks).toEqual([
      ['/base/glossary/#irgc', 'irgc', 'IRGC'],
      ['/base/glossary/#putin', 'putin', 'Putin'],
      ['/base/glossary/#quds-force', 'quds-force', 'Quds Force'],
    ]);
    expect(code).toContain('<h2 id="the-irgc-in-a-heading-is-a-title-not-a-mention">The IRGC in a heading');
    expect(code).toContain('<a href="https://example.org">A link to the IRGC</a>');
  });

  test('records where each entry is marked, for the glossary page', async () => {
    const { metadata } = await processor.render(markdown);
    expect(metadata.frontmatter['glossaryMentions']).toEqual([
      { id: 'irgc', anchor: 'p1' },
      { id: 'putin', anchor: 'p2' },
      { id: 'quds-force', anchor: 'user-content-fn-1' },
    ]);
  });
});
