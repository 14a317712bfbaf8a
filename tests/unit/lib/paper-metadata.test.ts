import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { abstractFromMdx, formatMonth, formatPeople, parsePaperMetadata } from '../../../src/lib/paper-metadata.ts';

const yaml = await readFile(
  new URL('../../../content/papers/russia-iran-partnership/paper.yaml', import.meta.url),
  'utf8',
);

describe('parsePaperMetadata', () => {
  test('reads content/papers/russia-iran-partnership/paper.yaml', () => {
    const paper = parsePaperMetadata(yaml);
    expect(paper).toMatchObject({
      title: 'The Russia-Iran Partnership in a Multipolar World',
      authors: [{ given: 'Clément', family: 'Therme' }],
      translators: [{ given: 'Cameron', family: 'Johnston' }],
      series: 'Russie.Nei.Reports',
      number: 37,
      date: '2022-03',
      language: 'en',
    });
  });

  test('names the fields that are wrong', () => {
    expect(() => parsePaperMetadata(`${yaml}\nnumber: thirty-seven\n`.replace(/^number: 37\n/m, ''))).toThrow(
      /paper\.yaml is invalid[\s\S]*number/,
    );
  });
});

describe('formatting', () => {
  test('joins people with commas and “and”', () => {
    expect(formatPeople([{ given: 'Clément', family: 'Therme' }])).toBe('Clément Therme');
    expect(
      formatPeople([
        { given: 'A', family: 'B' },
        { given: 'C', family: 'D' },
        { given: 'E', family: 'F' },
      ]),
    ).toBe('A B, C D and E F');
  });

  test('writes a year-month as the month’s name and the year', () => {
    expect(formatMonth('2022-03')).toBe('March 2022');
  });
});

test('abstractFromMdx: the opening paragraph, without note references and escapes', () => {
  expect(abstractFromMdx('\nThe first\\* paragraph[^3] of it.\n\nThe second.\n\n[^3]: A note.\n')).toBe(
    'The first* paragraph of it.',
  );
});

test('abstractFromMdx: a printed URL and a character reference read as printed, as in the search passages', () => {
  expect(abstractFromMdx('See [www.ifri.org](<https://www.ifri.org>) and 5&#42;3\\_x[^1].\n\n[^1]: A note.\n')).toBe(
    'See www.ifri.org and 5*3_x.',
  );
});
