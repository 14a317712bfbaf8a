/**
 * URLs survive escaping (property-based): a URL printed in the text, whatever it holds, compiles
 * through MDX (with GFM, as the site does) to a link whose text is the URL as printed and whose href
 * is that address, and the text around it comes out as it went in. Fixed seed here;
 * `FC_RUNS=20000 npx vitest run tests/unit/ingest/urls-survive-escaping.test.ts` for a longer run
 * (`FC_SEED` picks another seed).
 */
import { compile, createProcessor } from '@mdx-js/mdx';
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { escapeBlockStart, escapeText } from '../../../scripts/ingest/mdx.ts';

interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
}

const processor = createProcessor({ remarkPlugins: [remarkGfm] });
const runs = Number(process.env['FC_RUNS'] ?? 300);
const seed = Number(process.env['FC_SEED'] ?? 20261201);

function read(mdx: string): { text: string; links: { href: string; text: string }[] } {
  const links: { href: string; text: string }[] = [];
  const walk = (node: Node): string => {
    const inner = node.value ?? (node.children ?? []).map(walk).join('');
    if (node.type === 'link') links.push({ href: node.url ?? '', text: inner });
    return inner;
  };
  return { text: walk(processor.parse(mdx) as unknown as Node), links };
}

const HOSTILE = [...'_~*{}[]&<>()|`#!\\=+-\'"“”«».,:;?/ '];
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.constantFrom(...'aZ09 é&;#')), { maxLength: 30 })
  .map((cs) => cs.join(''))
  .filter((t) => !/www\.|https?:/i.test(t));
const urlChar = fc.constantFrom(..."abcXYZ019/?=#%+-._~*{}[]&<>!$'@".split(''));
// Parentheses only in balanced pairs: the rule for where a URL ends.
const urlPath = fc
  .array(
    fc.oneof(
      urlChar,
      fc.array(urlChar, { maxLength: 4 }).map((cs) => `(${cs.join('')})`),
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));
const url = fc
  .tuple(fc.constantFrom('https://', 'http://', 'www.'), fc.constantFrom('example.org', 'a-b.co.uk'), urlPath)
  .map(([scheme, host, path]) => `${scheme}${host}${path}`)
  .filter((u) => !/[.,:;!?]$/.test(u));

describe('URLs survive the MDX escaping', () => {
  it('text in = text out, link text = the URL as printed, href = its address, for any URL and any text around it', () => {
    fc.assert(
      fc.property(
        hostileText,
        url,
        fc.constantFrom('', '.', ',', ')', ';', '”', ' }', ' *', ' >', ' ]'),
        hostileText,
        (a, u, after, b) => {
          const input = `${a} ${u}${after} ${b}`.trim();
          const { text, links } = read(escapeBlockStart(escapeText(input)));
          expect(text).toBe(input);
          const href = u.startsWith('www.') ? `https://${u}` : u;
          expect(links).toContainEqual({ href, text: u });
          for (const l of links) expect(l.href).not.toMatch(/\\/);
        },
      ),
      { seed, numRuns: runs },
    );
  });

  it('compiles to JavaScript without error, whatever follows a URL', async () => {
    const samples = fc.sample(fc.tuple(hostileText, url, hostileText), { seed, numRuns: Math.ceil(runs / 10) });
    for (const [a, u, b] of samples) {
      const mdx = escapeBlockStart(escapeText(`${a} ${u}${b}`.trim()));
      await expect(compile(mdx, { remarkPlugins: [remarkGfm] })).resolves.toBeDefined();
    }
  }, 120_000);
});
