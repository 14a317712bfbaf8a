/** Notes → CSL sources: small made-up notes for each shape, then a golden file over every note of the paper. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/citations/parse-notes.ts';
import { ingest } from '../../../scripts/ingest/index.ts';
import { toJsonText } from '../../../scripts/ingest/json-text.ts';
import type { Note } from '../../../scripts/ingest/notes.ts';
import { runningHeaderTexts } from '../../../scripts/ingest/paper-meta.ts';

/** Made-up notes numbered from 1, each on its own source line (10, 20, …). */
function notes(...texts: string[]): Note[] {
  return texts.map((text, i) => ({ number: i + 1, text, line: (i + 1) * 10, column: 1, lines: [(i + 1) * 10] }));
}

/** Each citation as the text it spans, with its kind, id and locator: easy to read, and positions checked. */
function spans(texts: string[]) {
  const result = parseCitations(notes(...texts));
  const cited = result.notes.map((n, i) =>
    n.citations.map((c) => ({
      kind: c.kind,
      id: c.id,
      text: texts[i]!.slice(c.start, c.end),
      firstNote: c.firstNote,
      ...(c.locator ? { locator: c.locator } : {}),
    })),
  );
  return { ...result, cited };
}

describe('parseCitations: the public API', () => {
  it('returns references, one parsed note per note, and diagnostics', () => {
    const result = parseCitations(notes('A. Smith, “A Title”, The Daily Planet, March 3, 2020.', 'A fact, no source.'));
    expect(Object.keys(result).sort()).toEqual(['diagnostics', 'notes', 'references']);
    expect(result.notes).toEqual([
      { number: 1, citations: [{ id: 'smith-2020-title', kind: 'full', start: 0, end: 52, firstNote: 1 }], links: [] },
      { number: 2, citations: [], links: [] },
    ]);
    expect(result.references).toEqual([
      {
        id: 'smith-2020-title',
        type: 'article-newspaper',
        author: [{ given: 'A.', family: 'Smith' }],
        title: 'A Title',
        'container-title': 'The Daily Planet',
        issued: { 'date-parts': [[2020, 3, 3]] },
      },
    ]);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('parseCitations: shapes of citations', () => {
  it('finds two citations in one note, split at a semicolon, each with its own record', () => {
    const { cited, references } = spans([
      'B. C. Jones and D. Lee, “Rivers of the North”, Journal of Water, Vol. 4, No. 2, autumn 2018, pp. 10-25; E. F. Grey, “Rivers Again”, The Evening Star, 16 July 2009, available at: www.star.example.',
    ]);
    expect(cited[0]).toEqual([
      {
        kind: 'full',
        id: 'jones-2018-rivers',
        firstNote: 1,
        text: 'B. C. Jones and D. Lee, “Rivers of the North”, Journal of Water, Vol. 4, No. 2, autumn 2018, pp. 10-25',
      },
      {
        kind: 'full',
        id: 'grey-2009-rivers',
        firstNote: 1,
        text: 'E. F. Grey, “Rivers Again”, The Evening Star, 16 July 2009, available at: www.star.example',
      },
    ]);
    expect(references[0]).toEqual({
      id: 'jones-2018-rivers',
      type: 'article-journal',
      author: [
        { given: 'B. C.', family: 'Jones' },
        { given: 'D.', family: 'Lee' },
      ],
      title: 'Rivers of the North',
      'container-title': 'Journal of Water',
      volume: '4',
      issue: '2',
      page: '10-25',
      issued: { 'date-parts': [[2018]], season: 'autumn' },
    });
    expect(references[1]).toMatchObject({
      type: 'article-newspaper',
      issued: { 'date-parts': [[2009, 7, 16]] },
      URL: 'https://www.star.example',
    });
  });

  it('leaves commentary, and the quotations in it, out of the citation that follows', () => {
    const text =
      'The minister said that “nothing will change”. Others disagree. See: A. Smith, “Change at Last” [Enfin le changement], Le Petit Journal, May 2, 2021, p. 4.';
    const { cited, references } = spans([text]);
    expect(cited[0]).toEqual([
      {
        kind: 'full',
        id: 'smith-2021-change',
        firstNote: 1,
        locator: 'p. 4',
        text: 'A. Smith, “Change at Last” [Enfin le changement], Le Petit Journal, May 2, 2021, p. 4',
      },
    ]);
    expect(references[0]).toMatchObject({
      title: 'Change at Last',
      note: 'translated-title: Enfin le changement',
    });
  });

  it('cites nothing in a note of plain commentary, even one quoting someone with a date', () => {
    const { cited } = spans([
      'As a diplomat put it, “the talks failed”, stated the paper in 2019.',
      'Interviews in Kabul, August 2014.',
    ]);
    expect(cited).toEqual([[], []]);
  });

  it('points Ibid. at the nearest earlier note that cites a source, with its locator', () => {
    const { cited } = spans([
      'A. Smith, “A Title”, The Daily Planet, March 3, 2020.',
      'A note that only explains.',
      'Ibid., p. 12.',
      'Ibid.',
    ]);
    expect(cited.slice(1)).toEqual([
      [],
      [{ kind: 'ibid', id: 'smith-2020-title', firstNote: 1, locator: 'p. 12', text: 'Ibid., p. 12' }],
      [{ kind: 'ibid', id: 'smith-2020-title', firstNote: 1, text: 'Ibid.' }],
    ]);
  });

  it('matches op. cit. to an earlier citation tolerantly: case, quotes and punctuation, or a title alone', () => {
    const { cited, references } = spans([
      'J. Doe and K. Roe, “The Long Road: Essays on Trade”, Policy Brief, No. 12, June 2, 2020, available at: https://think.example.org/12.',
      '“Minister’s Statement on Trade”, Ministry of Trade, Republic of Nowhere, July 1, 2021, available at: https://mot.gov.example.',
      'J. Doe and K. Roe, « the long road – essays on trade », op. cit.',
      '“Minister’s statement on trade”, op. cit., p. 2.',
    ]);
    expect(cited.slice(2)).toEqual([
      [
        {
          kind: 'op-cit',
          id: 'doe-2020-long',
          firstNote: 1,
          text: 'J. Doe and K. Roe, « the long road – essays on trade », op. cit.',
        },
      ],
      [
        {
          kind: 'op-cit',
          id: 'ministry-trade-2021-minister',
          firstNote: 2,
          locator: 'p. 2',
          text: '“Minister’s statement on trade”, op. cit., p. 2',
        },
      ],
    ]);
    expect(references.map((r) => [r.id, r.type, r.genre])).toEqual([
      ['doe-2020-long', 'report', undefined],
      ['ministry-trade-2021-minister', 'document', 'Official statement'],
    ]);
    expect(references[1]!.author).toEqual([{ literal: 'Ministry of Trade, Republic of Nowhere' }]);
  });

  it('makes one record of a work cited twice in full, keeping the note of its first citation', () => {
    const full = 'A. Smith, “A Title”, The Daily Planet, March 3, 2020.';
    const { cited, references } = spans([full, 'Commentary.', full]);
    expect(references).toHaveLength(1);
    expect(cited[2]).toEqual([{ kind: 'full', id: 'smith-2020-title', firstNote: 1, text: full.slice(0, -1) }]);
  });

  it('warns, with the note’s line, about an Ibid. or op. cit. it cannot resolve, and cites nothing for it', () => {
    const result = parseCitations(
      notes('Ibid.', 'A. Smith, “A Title”, The Daily Planet, March 3, 2020.', 'B. Brown, “Never Cited”, op. cit.'),
    );
    expect(result.notes.map((n) => n.citations.length)).toEqual([0, 1, 0]);
    expect(result.diagnostics).toEqual([
      {
        code: 'UNRESOLVED_IBID',
        severity: 'warning',
        line: 10,
        column: 1,
        message: expect.stringMatching(/^note 1: /),
      },
      {
        code: 'UNRESOLVED_OP_CIT',
        severity: 'warning',
        line: 30,
        column: 1,
        message: expect.stringMatching(/Brown, “Never Cited”/),
      },
    ]);
  });

  it('adds https:// to a bare www. URL only, and spans the URL as printed, without the final period', () => {
    const texts = [
      '“Title One”, Outlet, May 1, 2020, available at: www.example.org/a?b=1.',
      '“Title Two”, Outlet, May 2, 2020, disponible sur : https://example.com/x.',
      '“Title Three”, Outlet, May 3, 2020. http://old.example.net.',
      '“Title Four”, Outlet, May 4, 2020.',
    ];
    const result = parseCitations(notes(...texts));
    expect(result.notes.map((n, i) => n.links.map((l) => [l.url, texts[i]!.slice(l.start, l.end)]))).toEqual([
      [['https://www.example.org/a?b=1', 'www.example.org/a?b=1']],
      [['https://example.com/x', 'https://example.com/x']],
      [['http://old.example.net', 'http://old.example.net']],
      [],
    ]);
    expect(result.references.map((r) => r.URL)).toEqual([
      'https://www.example.org/a?b=1',
      'https://example.com/x',
      'http://old.example.net',
      undefined,
    ]);
    expect(texts[2]!.slice(result.notes[2]!.citations[0]!.start, result.notes[2]!.citations[0]!.end)).toBe(
      '“Title Three”, Outlet, May 3, 2020. http://old.example.net',
    );
  });

  it('types a citation with `in:` and editors as a chapter, and one with editors alone as a book', () => {
    const { references, cited } = spans([
      'B. Author, “A Chapter”, in: C. Editor and D. Other (eds), The Big Book. Essays, London: Some Press, 2019, pp. 10-20.',
      'E. Editor (ed.), The Small Book, Paris/Lyon: Other Press, 2001.',
    ]);
    expect(references).toEqual([
      {
        id: 'author-2019-chapter',
        type: 'chapter',
        author: [{ given: 'B.', family: 'Author' }],
        editor: [
          { given: 'C.', family: 'Editor' },
          { given: 'D.', family: 'Other' },
        ],
        title: 'A Chapter',
        'container-title': 'The Big Book. Essays',
        page: '10-20',
        publisher: 'Some Press',
        'publisher-place': 'London',
        issued: { 'date-parts': [[2019]] },
      },
      {
        id: 'editor-2001-small',
        type: 'book',
        editor: [{ given: 'E.', family: 'Editor' }],
        title: 'The Small Book',
        publisher: 'Other Press',
        'publisher-place': 'Paris/Lyon',
        issued: { 'date-parts': [[2001]] },
      },
    ]);
    expect(cited[1]![0]!.text).toBe('E. Editor (ed.), The Small Book, Paris/Lyon: Other Press, 2001');
  });

  it('reads a tweet, a month range and a French title', () => {
    const { references } = spans([
      'See the tweet posted by the Embassy of Nowhere on August 11, 2021, https://twitter.com.',
      'A. Smith, « La guerre des mots et des images » [The war of words and images], Revue Mensuelle, January-February 2019.',
    ]);
    expect(references).toEqual([
      {
        id: 'embassy-nowhere-2021',
        type: 'post',
        genre: 'Tweet',
        author: [{ literal: 'Embassy of Nowhere' }],
        issued: { 'date-parts': [[2021, 8, 11]] },
        URL: 'https://twitter.com',
      },
      {
        id: 'smith-2019-guerre',
        type: 'article-magazine',
        author: [{ given: 'A.', family: 'Smith' }],
        title: 'La guerre des mots et des images',
        'container-title': 'Revue Mensuelle',
        issued: {
          'date-parts': [
            [2019, 1],
            [2019, 2],
          ],
        },
        language: 'fr',
        note: 'translated-title: The war of words and images',
      },
    ]);
  });

  it('gives two works of one outlet in one year the letters of their labels, in date order', () => {
    const { references } = spans(['“Iran Talks”, Daily News, May 2, 2021.', '“Iran Again”, Daily News, May 1, 2021.']);
    expect(references.map((r) => r.id)).toEqual(['daily-news-2021b-iran', 'daily-news-2021a-iran']);
  });

  it('makes ids unique with a numeric suffix where the labels differ but the ids would not', () => {
    const { references } = spans([
      'A. Smith, “Iran Talks”, Daily News, May 1, 2021.',
      'A. Smith and B. Jones, “Iran Again”, Daily News, May 2, 2021.',
    ]);
    expect(references.map((r) => r.id)).toEqual(['smith-2021-iran', 'smith-2021-iran-2']);
  });

  it('never reads an honorific as an initial', () => {
    const { references } = spans([
      'Report prepared on behalf of the Senate on “Un rapport” [A report], by M. O. Dupont et Mme M.-A. Durand, Senators, July 7, 2021.',
      'Dr. A. Smith and Prof. B. Jones, “Rivers”, Journal of Water, Vol. 2, 2020.',
      'M. K. Katz, “Russia”, Atlantic Council, April 28, 2021.',
    ]);
    expect(references.map((r) => r.author)).toEqual([
      [
        { given: 'O.', family: 'Dupont' },
        { given: 'M.-A.', family: 'Durand' },
      ],
      [
        { given: 'A.', family: 'Smith' },
        { given: 'B.', family: 'Jones' },
      ],
      // Alone and in English, `M. K.` are initials.
      [{ given: 'M. K.', family: 'Katz' }],
    ]);
  });

  it('marks an Ibid. whose source cannot hold its page as uncertain, naming the likelier source', () => {
    const result = parseCitations(
      notes(
        'B. Grey, “Strategy”, Rand Corporation, 2021, p. 156.',
        'C. Lee, “Death of a Minister”, Le Monde, June 29, 2015.',
        'Ibid., p. 153.',
        'Ibid.',
      ),
    );
    expect(result.notes[2]!.citations[0]).toMatchObject({
      kind: 'ibid',
      id: 'lee-2015-death',
      locator: 'p. 153',
      uncertain: true,
      likelier: 'grey-2021-strategy',
    });
    // Without a page, nothing contradicts the reading.
    expect(result.notes[3]!.citations[0]).not.toHaveProperty('uncertain');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'UNCERTAIN_IBID', severity: 'warning', line: 30 }),
    ]);
  });
});

describe('parseCitations: every note of the paper (golden files; `UPDATE=1` rewrites them)', () => {
  const result = ingest(readFileSync('content/papers/russia-iran-partnership/source.txt'), {
    sourceFile: 'source.txt',
    runningHeaderTexts: runningHeaderTexts(readFileSync('content/papers/russia-iran-partnership/paper.yaml', 'utf8')),
  });
  const byNumber = new Map(result.notes.map((n) => [n.number, n.text]));
  const readable = result.citations.map((n) => {
    const text = byNumber.get(n.number)!;
    return {
      number: n.number,
      text,
      citations: n.citations.map((c) => ({
        id: c.id,
        kind: c.kind,
        span: [c.start, c.end],
        text: text.slice(c.start, c.end),
        firstNote: c.firstNote,
        ...(c.locator ? { locator: c.locator } : {}),
      })),
      links: n.links.map((l) => ({ url: l.url, span: [l.start, l.end], text: text.slice(l.start, l.end) })),
    };
  });

  for (const [file, value] of [
    ['tests/fixtures/ingest/citations/notes.golden.json', readable],
    ['tests/fixtures/ingest/citations/references.golden.json', result.references],
  ] as const) {
    it(`matches ${file}`, () => {
      const actual = toJsonText(value);
      if (process.env['UPDATE']) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, actual);
      }
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }

  it('resolves every Ibid. and op. cit. of the paper', () => {
    expect(result.diagnostics.filter((d) => d.code === 'UNRESOLVED_IBID' || d.code === 'UNRESOLVED_OP_CIT')).toEqual(
      [],
    );
  });
});
