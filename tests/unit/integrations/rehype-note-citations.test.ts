import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { markdownOptions } from '../../../src/integrations/markdown-options.ts';
import { rehypeFootnoteLabels } from '../../../src/integrations/rehype-footnote-labels.ts';
import { rehypeNoteCitations, type NoteCitationsOptions } from '../../../src/integrations/rehype-note-citations.ts';
import type { CslItem, NoteCitations } from '../../../src/contract/index.ts';

const clobberPrefix = 'user-content-';

// Notes as printed, a quirk each: a bare `www.` (GFM links it to http://), a URL printed with
// https://, an address GFM does not link, a note with no URL, an Ibid. and an op. cit.
const printed: Record<number, string> = {
  1: 'B. C. Feldman and D. Rakov, “Iran-Russia Relations”, INSS Insight, August 4, 2021, available at: www.inss.org.il.',
  2: 'E. Mamedov, “Perspectives”, Eurasianet, July 7, 2021, available at: https://eurasianet.org.',
  3: 'A. Author, “Plain”, Site, 2020, at: example.org/page.',
  9: 'C. Therme, “Iran and Russia in the Middle East”, The Middle East Journal, autumn 2018, pp. 549-562.',
  10: 'Ibid.',
  11: 'B. C. Feldman and D. Rakov, “Iran-Russia Relations”, op. cit.',
};

const references: CslItem[] = [
  {
    id: 'feldman-2021-iran',
    type: 'report',
    title: 'Iran-Russia Relations',
    author: [
      { given: 'B. C.', family: 'Feldman' },
      { given: 'D.', family: 'Rakov' },
    ],
    issued: { 'date-parts': [[2021, 8, 4]] },
  },
  {
    id: 'mamedov-2021-perspectives',
    type: 'webpage',
    title: 'Perspectives',
    author: [{ given: 'E.', family: 'Mamedov' }],
    issued: { 'date-parts': [[2021, 7, 7]] },
  },
  {
    id: 'author-2020-plain',
    type: 'webpage',
    title: 'Plain',
    author: [{ given: 'A.', family: 'Author' }],
    issued: { 'date-parts': [[2020]] },
  },
  {
    id: 'therme-2018-iran',
    type: 'article-journal',
    title: 'Iran and Russia in the Middle East',
    author: [{ given: 'C.', family: 'Therme' }],
    issued: { 'date-parts': [[2018]] },
  },
];

function spanOf(n: number, needle: string): { start: number; end: number } {
  const start = printed[n]!.indexOf(needle);
  if (start < 0) throw new Error(`fixture: “${needle}” not in note ${n}`);
  return { start, end: start + needle.length };
}

const notes: NoteCitations[] = [
  {
    number: 1,
    citations: [{ id: 'feldman-2021-iran', kind: 'full', start: 0, end: printed[1]!.length - 1, firstNote: 1 }],
    links: [{ url: 'https://www.inss.org.il', ...spanOf(1, 'www.inss.org.il') }],
  },
  {
    number: 2,
    citations: [{ id: 'mamedov-2021-perspectives', kind: 'full', start: 0, end: printed[2]!.length - 1, firstNote: 2 }],
    links: [{ url: 'https://eurasianet.org', ...spanOf(2, 'https://eurasianet.org') }],
  },
  {
    number: 3,
    citations: [{ id: 'author-2020-plain', kind: 'full', start: 0, end: printed[3]!.length - 1, firstNote: 3 }],
    links: [{ url: 'https://example.org/page', ...spanOf(3, 'example.org/page') }],
  },
  {
    number: 9,
    citations: [
      {
        id: 'therme-2018-iran',
        kind: 'full',
        start: 0,
        end: printed[9]!.length - 1,
        firstNote: 9,
        locator: 'pp. 549-562',
      },
    ],
    links: [],
  },
  { number: 10, citations: [{ id: 'therme-2018-iran', kind: 'ibid', start: 0, end: 5, firstNote: 9 }], links: [] },
  {
    number: 11,
    citations: [{ id: 'feldman-2021-iran', kind: 'op-cit', start: 0, end: printed[11]!.length - 1, firstNote: 1 }],
    links: [],
  },
];

const options: NoteCitationsOptions = {
  notes,
  references,
  sections: [
    { title: 'Introduction', slug: 'introduction', firstNote: 1, lastNote: 3 },
    { title: 'The Syrian question', slug: 'syria', firstNote: 9, lastNote: 11 },
  ],
  base: '/edition/',
  clobberPrefix,
};

async function render(numbers: number[], pluginOptions: NoteCitationsOptions = options): Promise<Root> {
  const processor = await createMarkdownProcessor({
    remarkRehype: markdownOptions.remarkRehype,
    rehypePlugins: [
      [rehypeFootnoteLabels, { clobberPrefix }],
      [rehypeNoteCitations, pluginOptions],
    ],
    gfm: true,
    smartypants: false,
  });
  const markdown = [
    numbers.map((n) => `Text[^${n}].`).join(' '),
    '',
    ...numbers.map((n) => `[^${n}]: ${printed[n]!}\n`),
  ];
  return fromHtml((await processor.render(markdown.join('\n'))).code, { fragment: true });
}

function find(tree: Root | Element, test: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'element' && test(node)) found.push(node);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

function note(tree: Root, n: number): Element {
  const [li] = find(tree, (e) => e.tagName === 'li' && e.properties['id'] === `${clobberPrefix}fn-${n}`);
  if (!li) throw new Error(`note ${n} not rendered`);
  return li;
}

const hasClass = (name: string) => (e: Element) =>
  Array.isArray(e.properties['className']) && e.properties['className'].includes(name);
/** The note's own paragraph, as text, back link left out. */
function printedText(li: Element): string {
  const [p] = find(li, (e) => e.tagName === 'p' && !hasClass('note-sources')(e));
  return toText(p!).replace(/\s*↩\uFE0E?$/, '');
}
const links = (el: Element) => find(el, (e) => e.tagName === 'a' && e.properties['dataFootnoteBackref'] === undefined);
const editorial = (li: Element) => find(li, hasClass('note-sources'))[0];

describe('rehypeNoteCitations', () => {
  test('links every printed URL to its normalised address, the text as printed', async () => {
    const tree = await render([1, 2, 3]);
    const [www] = links(find(note(tree, 1), (e) => e.tagName === 'p')[0]!);
    expect([www!.properties['href'], toText(www!)]).toEqual(['https://www.inss.org.il', 'www.inss.org.il']);
    const [https] = links(find(note(tree, 2), (e) => e.tagName === 'p')[0]!);
    expect([https!.properties['href'], toText(https!)]).toEqual(['https://eurasianet.org', 'https://eurasianet.org']);
    // GFM does not link an address without www. or a scheme: the plugin does, from the ingest's span.
    const [plain] = links(find(note(tree, 3), (e) => e.tagName === 'p')[0]!);
    expect([plain!.properties['href'], toText(plain!)]).toEqual(['https://example.org/page', 'example.org/page']);
  });

  test('leaves every note’s words as printed, one contiguous run', async () => {
    const tree = await render([1, 2, 3, 9, 10, 11]);
    for (const n of [1, 2, 3, 9, 10, 11]) expect(printedText(note(tree, n))).toBe(printed[n]);
    // The editorial line comes after the author's text, never inside it.
    for (const n of [1, 9, 10])
      expect(toText(note(tree, n))).toMatch(new RegExp(`^${printed[n]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  test('invents no link where the note prints no URL', async () => {
    const tree = await render([9, 10]);
    for (const n of [9, 10]) {
      const [p] = find(note(tree, n), (e) => e.tagName === 'p' && !hasClass('note-sources')(e));
      expect(links(p!)).toEqual([]);
    }
  });

  test('adds after each note a marked editorial link to each source’s entry', async () => {
    const tree = await render([1, 9]);
    const line = editorial(note(tree, 1))!;
    expect(line.properties['title']).toBe('Added by this edition');
    expect(toText(line)).toBe('→ Added by this edition. Source: Feldman and Rakov 2021');
    expect(links(line).map((a) => [a.properties['href'], a.properties['ariaLabel']])).toEqual([
      ['/edition/sources/#feldman-2021-iran', 'Feldman and Rakov 2021, in the list of sources'],
    ]);
  });

  test('resolves Ibid. to the source and to the note on the same page that first cites it', async () => {
    const tree = await render([9, 10]);
    const line = editorial(note(tree, 10))!;
    expect(toText(line)).toBe(
      '→ Added by this edition. Ibid. refers to Therme, “Iran and Russia in the Middle East”, 2018, first cited in note 9 (source entry)',
    );
    expect(links(line).map((a) => a.properties['href'])).toEqual([
      '#user-content-fn-9',
      '/edition/sources/#therme-2018-iran',
    ]);
  });

  test('resolves op. cit. to a note on another section’s page', async () => {
    const tree = await render([11]);
    const line = editorial(note(tree, 11))!;
    expect(toText(line)).toContain(
      'Op. cit. refers to Feldman and Rakov, “Iran-Russia Relations”, 2021, first cited in note 1',
    );
    expect(links(line).map((a) => a.properties['href'])).toEqual([
      '/edition/introduction/#user-content-fn-1',
      '/edition/sources/#feldman-2021-iran',
    ]);
  });

  test('adds nothing to a note whose offsets do not fit its text', async () => {
    const shifted = notes.map((n) =>
      n.number === 10 ? { ...n, citations: [{ ...n.citations[0]!, start: 1, end: 6 }] } : n,
    );
    const tree = await render([10], { ...options, notes: shifted });
    expect(editorial(note(tree, 10))).toBeUndefined();
    expect(printedText(note(tree, 10))).toBe('Ibid.');
  });

  test('tells two works of one author in one year apart: 2021a, 2021b, in every label', async () => {
    const second: CslItem = {
      ...references[0]!,
      id: 'feldman-2021-later',
      title: 'Later',
      issued: { 'date-parts': [[2021, 9, 1]] },
    };
    const tree = await render([1, 11], { ...options, references: [...references, second] });
    expect(toText(editorial(note(tree, 1))!)).toBe('→ Added by this edition. Source: Feldman and Rakov 2021a');
    expect(toText(editorial(note(tree, 11))!)).toContain('Feldman and Rakov, “Iran-Russia Relations”, 2021a');
  });

  test('says an Ibid. whose source has no such page is uncertain, and names the likelier source', async () => {
    const uncertain = notes.map((n) =>
      n.number === 10
        ? {
            ...n,
            citations: [
              { ...n.citations[0]!, locator: 'p. 153', uncertain: true as const, likelier: 'feldman-2021-iran' },
            ],
          }
        : n,
    );
    const tree = await render([9, 10], { ...options, notes: uncertain });
    const line = editorial(note(tree, 10))!;
    expect(toText(line)).toBe(
      '→ Added by this edition. Ibid., p. 153, is uncertain: it follows Therme, “Iran and Russia in the Middle East”, 2018 (note 9, source entry), which has no p. 153; more likely Feldman and Rakov, “Iran-Russia Relations”, 2021, first cited in note 1 (source entry)',
    );
    expect(links(line).map((a) => a.properties['href'])).toEqual([
      '#user-content-fn-9',
      '/edition/sources/#therme-2018-iran',
      '/edition/introduction/#user-content-fn-1',
      '/edition/sources/#feldman-2021-iran',
    ]);
  });
});
