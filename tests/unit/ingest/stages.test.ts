/** Each stage of the pipeline on the paper's own layout quirks, and on small made-up cases. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinCutWord, unglueLine } from '../../../scripts/ingest/dehyphenate.ts';
import { classifyHeadings } from '../../../scripts/ingest/headings.ts';
import { measureLayout } from '../../../scripts/ingest/layout.ts';
import { collectNotes } from '../../../scripts/ingest/notes.ts';
import { splitPages } from '../../../scripts/ingest/pages.ts';
import { preprocess } from '../../../scripts/ingest/preprocess.ts';
import { linkReferences, type Inline } from '../../../scripts/ingest/references.ts';
import type { RawSection } from '../../../scripts/ingest/reflow.ts';
import { slugify, uniqueSlugs } from '../../../scripts/ingest/slug.ts';
import { lineOf, paperSource } from '../../support/content.ts';

const source = readFileSync(paperSource(), 'utf8');
const { lines } = preprocess(source);
/** The line of the source that says `text`. */
const at = (text: string) => lineOf(source, text);
/** Line numbers `from`…`to`, both included. */
const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
/** The preprocessed line that says `text`. */
const lineSaying = (text: string) => lines[at(text) - 1]!;
const layout = measureLayout(lines);
const { pages } = splitPages(lines, layout);
const notes = collectNotes(pages);

describe('preprocess', () => {
  it('normalises BOM, CRLF and tabs, and numbers lines from 1', () => {
    expect(preprocess('\uFEFFa\r\nb\tc\rd').lines).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: 'b c' },
      { line: 3, text: 'd' },
    ]);
  });
});

describe('layout', () => {
  it('tells body lines (65–85 characters) from note lines (about 95–112) by their lengths alone', () => {
    expect(layout.noteThreshold).toBeGreaterThan(80);
    expect(layout.noteThreshold).toBeLessThan(95);
    expect(layout.bodyWidth).toBeGreaterThan(70);
  });
});

describe('pages', () => {
  it('finds a page at every one-space line start, and after the notes of a page that ends with a blank line', () => {
    const marked = lines.filter((l) => /^ \S/.test(l.text)).length;
    expect(pages.length).toBeGreaterThanOrEqual(marked);
    // The first line; a heading after a blank line; the running header that opens a line, after a
    // page's notes (the others follow the page's one-space mark).
    const runningHeader = 'The Russia-Iran Partnership in a Multipolar World';
    const starts = [1, at('Iran and Russia: the Syrian'), lines.find((l) => l.text === runningHeader)!.line];
    expect(pages.map((p) => p.line)).toEqual(expect.arrayContaining(starts));
  });

  it('splits a body word glued to the page’s first note (`anti9. “Exclusive…`)', () => {
    const page = pages.find((p) => p.notes[0]?.startsNote === 9)!;
    expect(page.body.at(-1)).toMatchObject({ line: at('deeply anti9. “Exclusive'), cutByHyphen: true });
    expect(page.body.at(-1)!.text).toMatch(/deeply anti$/);
    expect(page.notes[0]!.text).toMatch(/^“Exclusive: Zarif/);
  });

  it('carries note 23 on to the next page’s notes area, after that page’s body text', () => {
    const note23 = notes.find((n) => n.number === 23)!;
    expect(note23.lines).toEqual([
      ...span(at('23. “The problem of trust'), at('received primarily from Western sources')),
      ...span(at('the history of Russia-Iran bilateral relations'), at('RIAC, May 6, 2021')),
    ]);
    expect(note23.text).toMatch(/Besides, the history of Russia-Iran bilateral relations/);
    expect(note23.text).toMatch(/russiancouncil\.ru\.$/);
    const page = pages.find((p) => p.body[0]?.line === at(' position to gain the upper hand'))!;
    expect(page.body.at(-1)!.line).toBe(at('– in order to resist US pressure.'));
  });

  it('numbers the notes 1 to 95 in order, each once', () => {
    expect(notes.map((n) => n.number)).toEqual(Array.from({ length: 95 }, (_, i) => i + 1));
  });
});

describe('headings', () => {
  const { headings, runningHeaders } = classifyHeadings(pages);
  const titles = headings.flatMap((h) => (h ? [h.text] : []));

  it('joins a heading set on several short lines', () => {
    expect(titles).toContain(
      'After the election of Ebrahim Raisi: the Russo-Iranian rapprochement strengthens further',
    );
    expect(titles[0]).toBe('Executive Summary');
    expect(titles.at(-1)).toBe('Conclusion');
    expect(titles).toHaveLength(12);
  });

  it('takes the short blocks found mid-sentence for running headers, from the layout alone', () => {
    expect(runningHeaders.map((l) => l.text)).toEqual([
      'The Russia-Iran Partnership in a Multipolar World',
      'Clément THERME',
    ]);
  });

  it('drops a block known to be a running header even where a heading could stand', () => {
    const result = classifyHeadings(pages, { runningHeaderTexts: ['THE AFGHAN challenge'] });
    expect(result.headings.flatMap((h) => (h ? [h.text] : []))).not.toContain('The Afghan Challenge');
  });
});

describe('dehyphenation', () => {
  it('restores the hyphen of two body lines glued at a change of case or at a digit', () => {
    const glued = unglueLine(lineSaying('AntiAmericanism, for instance').text, layout);
    expect(glued.text).toMatch(/Russia\. Anti-Americanism, for instance/);
    expect(unglueLine(lineSaying('Afghanistan post2021, Syria').text, layout).text).toMatch(
      /Afghanistan post-2021, Syria/,
    );
  });

  it('leaves a glued lower-case word as it is (a syllable break)', () => {
    const line = lineSaying('a multilateral, supranational organisation').text;
    expect(unglueLine(line, layout).text).toBe(line);
  });

  it('leaves ordinary lines alone', () => {
    expect(unglueLine('A line of ordinary length, RussianIranian.', layout).text).toBe(
      'A line of ordinary length, RussianIranian.',
    );
  });

  it('joins a word cut at a page end, with its hyphen where the rest is capitalised', () => {
    expect(joinCutWord('deeply anti', 'American character')).toBe('deeply anti-American character');
    expect(joinCutWord('the nego', 'tiations began')).toBe('the negotiations began');
  });
});

describe('references', () => {
  const section = (...texts: string[]): RawSection[] => [
    {
      heading: { text: 'S', line: 1 },
      paragraphs: texts.map((text, i) => ({ text, starts: [{ offset: 0, line: 10 + i }] })),
    },
  ];
  const refs = (parts: readonly Inline[]): number[] => parts.flatMap((p) => (p.kind === 'ref' ? [p.number] : []));
  const note = (number: number) => ({ number, text: 'x', line: 100 + number, column: 1, lines: [100 + number] });

  it('reads bare, glued, bracketed and side-by-side references, and no quantities or dates', () => {
    const result = linkReferences(
      section(
        'In 2015 the Caucasus 1 or Syria2, on 3 March, (SCO 3) and 700-3,000 fighters 4, then 40 Sukhoi Superjets 56 and Iran 7.',
      ),
      [1, 2, 3, 4, 5, 6, 7].map(note),
    );
    expect(refs(result.sections[0]!.paragraphs[0]!.parts)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const text = result.sections[0]!.paragraphs[0]!.parts.map((p) =>
      p.kind === 'ref' ? `[${p.number}]` : p.value,
    ).join('');
    expect(text).toBe(
      'In 2015 the Caucasus[1] or Syria[2], on 3 March, (SCO[3]) and 700-3,000 fighters[4], then 40 Sukhoi Superjets[5][6] and Iran[7].',
    );
  });

  it('warns where a reference has no note text, and says which line', () => {
    const result = linkReferences(section('One 1 and two 2.'), [note(1)]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'MISSING_NOTE_TEXT', line: 10 })]);
  });

  it('recovers a reference out of order, with a warning', () => {
    const result = linkReferences(section('First 1, third 3, second 2.'), [1, 2, 3].map(note));
    expect(result.references.map((r) => r.number)).toEqual([1, 3, 2]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['REFERENCE_OUT_OF_ORDER']);
  });

  it('fails on a note that is never referenced, naming the note’s line', () => {
    expect(() => linkReferences(section('Only 1 here.'), [1, 2].map(note))).toThrow(/note 2 is never referenced/);
  });
});

describe('slugs', () => {
  it('are short, readable and unique', () => {
    expect(slugify('Iran’s Entry into the Shanghai Cooperation Organisation')).toBe(
      'irans-entry-into-the-shanghai-cooperation-organisation',
    );
    expect(slugify('After the election of Ebrahim Raisi: the Russo-Iranian rapprochement')).toBe(
      'after-the-election-of-ebrahim-raisi',
    );
    expect(uniqueSlugs(['Notes', 'Notes'])).toEqual(['notes', 'notes-2']);
  });
});
