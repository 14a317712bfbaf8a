/**
 * The synthetic paper of the fixtures goes through the whole ingest: its quirks are the ones a
 * paper of the series has (a sentence across a page break, a hyphen the extractor dropped, Ibid.),
 * with none of this paper's words, so the pipeline is shown to read the layout, not the text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../scripts/ingest/index.ts';
import { parseSection } from '../../support/paper-output.ts';

const DIR = 'tests/fixtures/papers/caspian-water';
const result = ingest(readFileSync(`${DIR}/source.txt`), { sourceFile: 'source.txt' });
const sections = result.files.filter((f) => f.name.endsWith('.mdx')).map((f) => parseSection(f.name, f.content));

describe('the synthetic paper', () => {
  it('has its three sections, from the headings at page tops', () => {
    expect(sections.map((s) => s.frontMatter['title'])).toEqual([
      'Summary',
      'Rivers and borders',
      'The sea as a commons',
    ]);
    expect(result.report.warnings).toEqual([]);
  });

  it('joins a sentence cut by a page break into one paragraph', () => {
    const joined = sections[1]!.paragraphs.find((p) => p.includes('in later agreements. Analysts'));
    expect(joined).toBeDefined();
    // The page's notes stay notes: none of their words enter the paragraph.
    expect(joined).not.toContain('Rahimova');
  });

  it('puts back the hyphen the extractor dropped at a glued line end', () => {
    expect(sections[2]!.paragraphs.join('\n')).toContain('anti-Hegemonic language');
  });

  it('resolves Ibid. to the source of the note before, with its own locator', () => {
    const byNumber = new Map(result.citations.map((n) => [n.number, n]));
    const first = byNumber.get(1)!.citations[0]!;
    const ibid = byNumber.get(2)!.citations[0]!;
    expect(ibid).toMatchObject({ kind: 'ibid', id: first.id, firstNote: 1, locator: 'p. 204' });
    expect(byNumber.get(7)!.citations[0]).toMatchObject({ kind: 'ibid', id: byNumber.get(6)!.citations[0]!.id });
  });

  it('resolves an op. cit. that names only the author to that author’s earlier work', () => {
    const byNumber = new Map(result.citations.map((n) => [n.number, n]));
    expect(byNumber.get(5)!.citations).toEqual([
      expect.objectContaining({ kind: 'op-cit', id: byNumber.get(3)!.citations[0]!.id, locator: 'p. 81' }),
    ]);
  });
});
