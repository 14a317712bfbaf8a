/**
 * Every word of the source, less running headers and note numbers, reaches the output in the same
 * order: body words in section bodies, note words in notes. The output is read back from the MDX
 * the ingest writes, and the source is tokenised here, without the ingest code. Runs for the
 * paper and for the synthetic paper of the fixtures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ingest } from '../../../scripts/ingest/index.ts';
import { listPaperFolders, type PaperFolder } from '../../../scripts/ingest/paper-folders.ts';
import { runningHeaderTexts } from '../../../scripts/ingest/paper-meta.ts';
import { parseSection, readSections, type ParsedSection } from '../../support/paper-output.ts';

interface Token {
  readonly word: string;
  readonly line: number;
}

interface PaperOutput {
  readonly name: string;
  readonly source: string;
  readonly metadata: string;
  readonly sections: readonly ParsedSection[];
  readonly runningHeaders: readonly { line: number; text: string }[];
}

/** The committed output of a paper of the series, as the site reads it. */
function committedPaper(paper: PaperFolder): PaperOutput {
  const report = JSON.parse(readFileSync(`${paper.generated}/report.json`, 'utf8')) as PaperOutput;
  return {
    name: `the paper ${paper.id} (${paper.generated}/)`,
    source: readFileSync(paper.source, 'utf8'),
    metadata: readFileSync(paper.metadata, 'utf8'),
    sections: readSections(paper.generated),
    runningHeaders: report.runningHeaders,
  };
}

/** A fixture paper ingested in memory: its MDX files are read back like files on disk. */
function fixturePaper(dir: string): PaperOutput {
  const source = readFileSync(`${dir}/source.txt`, 'utf8');
  const metadata = readFileSync(`${dir}/paper.yaml`, 'utf8');
  const result = ingest(source, { sourceFile: 'source.txt', runningHeaderTexts: runningHeaderTexts(metadata) });
  return {
    name: `the synthetic paper (${dir})`,
    source,
    metadata,
    sections: result.files.filter((f) => f.name.endsWith('.mdx')).map((f) => parseSection(f.name, f.content)),
    runningHeaders: result.report.runningHeaders,
  };
}

/** Words as runs of letters or of digits; hyphens and other punctuation are layout, not words. */
function words(text: string): string[] {
  return text.replace(/[-‐–]/g, '').match(/\p{L}+|\p{N}+/gu) ?? [];
}

const papers = [...listPaperFolders().map(committedPaper), fixturePaper('tests/fixtures/papers/caspian-water')];

describe.each(papers)('nothing is lost between the source and the MDX of $name', (paper) => {
  const sourceTokens: Token[] = paper.source
    .split('\n')
    .flatMap((text, i) =>
      paper.runningHeaders.some((h) => h.line === i + 1) ? [] : words(text).map((word) => ({ word, line: i + 1 })),
    );
  // The body stream: headings and paragraphs, a reference standing as its number.
  const body = paper.sections.flatMap((s) => [
    ...words(String(s.frontMatter['title'])),
    ...s.paragraphs.flatMap((p) => words(p.replace(/\[\^(\d+)\]/g, ' $1 '))),
  ]);
  // The notes stream: each note's number, then its words; a note the source lacks adds nothing.
  const missing = /is missing from the source/;
  const notes = paper.sections
    .flatMap((s) => s.notes)
    .sort((a, b) => a.number - b.number)
    .flatMap((n) => (missing.test(n.text) ? [] : [String(n.number), ...words(n.text)]));

  /** How many of the next source tokens from `i` match `stream` from `j` (a short look-ahead to break ties). */
  function agreement(i: number, stream: readonly string[], j: number): number {
    let k = 0;
    while (k < 12 && sourceTokens[i + k]?.word === stream[j + k]) k++;
    return k;
  }

  it('drops only running headers, which repeat the title or an author', () => {
    const meta = parse(paper.metadata) as { title: string; authors: { given: string; family: string }[] };
    const allowed = [meta.title, ...meta.authors.map((a) => `${a.given} ${a.family}`)].map((t) => t.toLowerCase());
    for (const h of paper.runningHeaders) expect(allowed).toContain(h.text.toLowerCase());
  });

  it('interleaves the body and notes streams back into the source, word for word', () => {
    let b = 0;
    let n = 0;
    // A word cut at a page end continues after the page's notes: the part still expected.
    let bodyRest = '';
    const unmatched: string[] = [];
    for (let i = 0; i < sourceTokens.length; i++) {
      const { word, line } = sourceTokens[i]!;
      if (bodyRest !== '' && bodyRest.startsWith(word) && notes[n] !== word) {
        bodyRest = bodyRest.slice(word.length);
        if (bodyRest === '') b++;
        continue;
      }
      const inBody = bodyRest === '' && body[b] === word;
      const inNotes = notes[n] === word;
      if (inBody && (!inNotes || agreement(i, body, b) >= agreement(i, notes, n))) b++;
      else if (inNotes) n++;
      // `4344` in the source is references 43 and 44 side by side.
      else if (/^\d+$/.test(word) && body[b] !== undefined && word === `${body[b]}${body[b + 1] ?? ''}`) b += 2;
      else if (bodyRest === '' && body[b]?.startsWith(word) === true) bodyRest = body[b]!.slice(word.length);
      else unmatched.push(`line ${line}: “${word}” (body expects “${body[b]}”, notes expect “${notes[n]}”)`);
      if (unmatched.length > 5) break;
    }
    expect(unmatched).toEqual([]);
    expect(bodyRest).toBe('');
    expect(b).toBe(body.length);
    expect(n).toBe(notes.length);
  });

  it('has note definitions for every reference, exactly once', () => {
    const refs = paper.sections.flatMap((s) =>
      s.paragraphs.flatMap((p) => [...p.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1]))),
    );
    const defs = paper.sections.flatMap((s) => s.notes.map((x) => x.number));
    expect(refs.length).toBeGreaterThan(0);
    expect(refs).toEqual(Array.from({ length: refs.length }, (_, i) => i + 1));
    expect([...defs].sort((a, b) => a - b)).toEqual(refs);
  });
});
