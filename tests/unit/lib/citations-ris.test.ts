/** sources.ris and paper.ris read back by Zotero's rules (tests/support/ris-reader.ts) equal the CSL data, field by field. */
import { describe, expect, test } from 'vitest';
import { references } from '../../support/paper-under-test.ts';
import { paperItem, paperRis, toRis } from '../../../src/citations/export.ts';
import { remarks } from '../../../src/citations/remarks.ts';
import { paper } from '../../support/paper-under-test.ts';
import { readRis, toCsl } from '../../support/ris-reader.ts';
import { risDroppedTags, zoteroExpected } from '../../support/ris-expected.ts';

const text = toRis(references);
const items = readRis(text);
const url = 'https://papers.example.org/russia-iran/';

describe('sources.ris read by Zotero’s RIS import rules', () => {
  test('one line per tag: every line is a tag line or the blank line between records', () => {
    const lines = text.split('\r\n');
    const stray = lines.filter((l) => l !== '' && !/^[A-Z][A-Z0-9] {2}- /.test(l) && l !== 'ER  - ');
    expect(stray).toEqual([]);
    expect(text).not.toMatch(/\n(?!\r?$)[^A-Z\r\n]/);
  });

  test('one record per source, each with its own ID', () => {
    expect(items).toHaveLength(references.length);
    const ids = [...text.matchAll(/^ID {2}- (.*)\r$/gm)].map((m) => m[1]);
    expect(ids).toEqual(references.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.for(references.map((r, i) => [r.id, i] as const))('%s comes back with every field of the CSL data', ([, i]) => {
    const item = references[i]!;
    const read = items[i]!;
    const csl = toCsl(read);
    const want = zoteroExpected(item);
    expect(csl).toEqual(want);
    // The note's remarks (the translated title among them) come back as child notes.
    expect(read.notes).toEqual(remarks(item).map((r) => (r.key ? `${r.key}: ${r.value}` : r.value)));
    // Nothing written is thrown away, except what the table of losses names.
    expect(read.dropped.map((d) => d.slice(0, 2))).toEqual(risDroppedTags(item));
  });

  test('authors and dates are on every record whose source has them, newspaper articles included', () => {
    const news = items.filter((i) => i.itemType === 'newspaperArticle');
    expect(news.length).toBeGreaterThan(30);
    references.forEach((r, i) => {
      if (r.author) expect(items[i]!.creators.length).toBeGreaterThan(0);
      if (r.issued) expect(items[i]!.fields['date']).toMatch(/\d{4}/);
    });
  });

  test('a web page keeps its site name, a blog post its blog', () => {
    const katz = items[references.findIndex((r) => r.id === 'katz-2021-russia')]!;
    expect(katz).toMatchObject({ itemType: 'webpage', fields: { websiteTitle: 'Atlantic Council' } });
    const goya = items[references.findIndex((r) => r.id === 'goya-2020-enseignements')]!;
    expect(goya).toMatchObject({ itemType: 'blogPost', fields: { blogTitle: 'La voie de l’épée', language: 'fr' } });
  });
});

describe('paper.ris read by Zotero’s RIS import rules', () => {
  const [read] = readRis(paperRis(paper, url));
  test('is a Report with its number, series, institution, translator, ISBN and the edition’s URL', () => {
    expect(read).toMatchObject({
      itemType: 'report',
      fields: {
        title: paper.title,
        reportNumber: '37',
        seriesTitle: 'Russie.Nei.Reports',
        institution: 'Ifri',
        place: 'Paris',
        date: '2022-03',
        language: 'en',
        url,
        // A report's SN is its number: the ISBN goes to Extra, which Zotero's CSL export reads as a variable.
        extra: 'ISBN: 979-10-373-0497-1',
      },
      creators: [
        { lastName: 'Therme', firstName: 'Clément', creatorType: 'author' },
        { lastName: 'Johnston', firstName: 'Cameron', creatorType: 'translator' },
      ],
    });
    expect(toCsl(read!)).toMatchObject({ ISBN: '979-10-373-0497-1', number: '37', URL: url });
    expect(paperItem(paper, url)).toMatchObject({ number: '37', URL: url });
  });
});

describe('the RIS reader follows RIS.js', () => {
  test('joins an untagged continuation line with a space, as Zotero does', () => {
    const [item] = readRis('TY  - JOUR\nTI  - Conflicting Int\nerests\nER  - \n');
    expect(item!.fields['title']).toBe('Conflicting Int erests');
  });
  test('reads a RIS date to Zotero’s date and keeps an unparsed one as printed', () => {
    const [item] = readRis(
      'TY  - NEWS\nDA  - 2021/08/04/\nER  - \nTY  - JOUR\nDA  - autumn 2018\nPY  - 2018\nER  - \n',
    );
    expect(item!.fields['date']).toBe('2021-08-04');
    expect(readRis('TY  - JOUR\nDA  - autumn 2018\nER  - \n')[0]!.fields['date']).toBe('autumn 2018');
  });
  test('drops a field the item type lacks', () => {
    const [item] = readRis('TY  - ELEC\nVL  - 3\nER  - \n');
    expect(item!.fields['volume']).toBeUndefined();
  });
});
