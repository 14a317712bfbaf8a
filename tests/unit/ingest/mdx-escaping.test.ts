/** Text that MDX would read as syntax is escaped: whatever a paper says, its sections compile to that text. */
import { createProcessor } from '@mdx-js/mdx';
import { readdirSync, readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { escapeBlockStart, escapeInline } from '../../../scripts/ingest/mdx.ts';
import { paperSections } from '../../support/content.ts';

interface Node {
  type: string;
  value?: string;
  identifier?: string;
  children?: Node[];
}

const processor = createProcessor({ remarkPlugins: [remarkGfm] });

/** Node types in the tree, and its text as a reader would see it (footnote references as `[^N]`). */
function read(mdx: string): { types: Set<string>; text: string } {
  const types = new Set<string>();
  const walk = (node: Node): string => {
    types.add(node.type);
    if (node.type === 'footnoteReference') return `[^${node.identifier}]`;
    if (node.value !== undefined) return node.value;
    return (node.children ?? []).map(walk).join('');
  };
  const tree = processor.parse(mdx) as unknown as Node;
  return { types, text: walk(tree) };
}

const HOSTILE = [
  'Curly {braces} and an {expression + 1} stay text.',
  'Angle brackets: <div class="x"> and a <Component /> and 3 < 4 > 2.',
  '# not a heading',
  '- not a list item',
  '+ not a list item either',
  '> not a quote',
  '1. not an ordered list',
  '2014) not one either',
  '=== not a setext underline',
  'Emphasis *stars* and _underscores_ and **bold**, `code`, ~~struck~~.',
  'A [bracketed translation] (and parentheses) and [a link](https://example.org) and ![image](x.png).',
  'A table | pipe | here',
  'Entities &amp; &#169; & plain ampersands',
  'A backslash \\ and \\{ escaped brace.',
  'A footnote-looking [^12] label written by the author.',
  'export const x = 1',
  'import y from "z"',
];

describe('MDX escaping', () => {
  for (const text of HOSTILE) {
    it(`keeps “${text}” as plain text`, () => {
      const { types, text: read_ } = read(escapeBlockStart(escapeInline(text)));
      expect(read_).toBe(text);
      // A URL may become a link (GFM autolink literal): its text is still the text printed.
      expect([...types].filter((t) => t !== 'link').sort()).toEqual(['paragraph', 'root', 'text']);
    });
  }

  it('turns only the pipeline’s own footnote references into references', () => {
    const { types, text } = read(`${escapeInline('See [^3] here')}[^4]\n\n[^4]: ${escapeInline('Note {x}')}`);
    expect(types.has('footnoteReference')).toBe(true);
    expect(text).toBe('See [^3] here[^4]Note {x}');
  });

  it('compiles every generated section of the paper', async () => {
    const dir = paperSections();
    const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const mdx = readFileSync(`${dir}/${f}`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      await expect(processor.process(mdx)).resolves.toBeDefined();
    }
  });
});
