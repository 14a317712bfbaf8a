/**
 * Node only, over the two-paper build (support/series.ts, which lives with the browser tests): the
 * second paper's exports and metadata are its own and read as the first paper's do. Its sources
 * (sources.json, .bib, .ris) pass the CSL-JSON schema, pandoc and Zotero's RIS rules field by field;
 * paper.bib and paper.ris are its Report; every page of it is saved by Zotero's Embedded Metadata
 * rules as its Report, with its own JSON-LD on the pages that stand for the whole paper.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, test } from 'vitest';
import schema from '../fixtures/schemas/csl-data.json' with { type: 'json' };
import type { CslItem } from '../../src/contract/index.ts';
import { remarks } from '../../src/citations/remarks.ts';
import { citationTags, saveWithEmbeddedMetadata } from '../support/embedded-metadata-reader.ts';
import { hasPandoc, pandocCsl, pandocExpected } from '../support/pandoc.ts';
import { risDroppedTags, zoteroExpected } from '../support/ris-expected.ts';
import { readRis, toCsl } from '../support/ris-reader.ts';
import { paperPath } from './support/paths.ts';
import { seriesDist } from './support/series.ts';
import { SECOND_PAPER } from './support/series-site.ts';

const SECOND = '/caspian-water/';
const TITLE = 'Water Diplomacy on the Caspian';
// The sources the synthetic paper's notes cite, by author (its sources page's order).
const SOURCES = [
  'rahimova-2009-sharing',
  'lindqvist-2012-commission',
  'caspian-environment-programme-2008-protocol',
  'sadeghi-2023-aktau',
  'therme-2019-accord',
];
const wholePaper = [SECOND, `${SECOND}print/`];
const sections = ['summary', 'rivers-and-borders', 'the-sea-as-a-commons'].map((s) => `${SECOND}${s}/`);

let dist: string;
let sources: CslItem[];
const file = (path: string) => readFile(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
beforeAll(async () => {
  dist = seriesDist(SECOND_PAPER);
  sources = JSON.parse(await file(`${SECOND}sources.json`)) as CslItem[];
}, 300_000);

/**
 * What pandoc 2.17 gives back for one of our CSL-JSON items: the note's `key: value` remarks as the
 * variables they name (CSL's "cheater syntax": the translated title becomes `translated-title`), a
 * quotation inside a title in the outer quotation marks (CSL's flip-flop: the style sets them), and
 * no `season` (pandoc writes the year alone back) and, in a French item, a narrow no-break space
 * before `?`, `!`, `:` and `;` (French typography).
 */
function pandocFromCslJson(item: CslItem): Record<string, unknown> {
  const { note, ...out }: Record<string, unknown> = { ...item };
  const french = item.language?.startsWith('fr') ?? false;
  const quoted = (text: string) =>
    text.replace(/‘([^‘’]*)’/g, '“$1”').replace(/ ([?!:;])/g, (all, mark: string) => (french ? `\u202f${mark}` : all));
  for (const [key, value] of Object.entries(out)) if (typeof value === 'string') out[key] = quoted(value);
  if (item.issued?.season) out['issued'] = { 'date-parts': item.issued['date-parts'] };
  const loose = remarks({ note }).filter((r) => !r.key);
  for (const r of remarks({ note })) if (r.key) out[r.key] = quoted(r.value);
  if (loose.length > 0) out['note'] = note;
  return out;
}

describe('its sources, downloaded from its sources page', () => {
  test('sources.json holds its sources, not the other paper’s, and the official CSL-JSON schema accepts it', () => {
    expect(sources.map((s) => s.id)).toEqual(SOURCES);
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    validate(sources);
    expect(validate.errors ?? []).toEqual([]);
  });

  test.runIf(hasPandoc())('pandoc reads sources.json as CSL-JSON, every item and field', async () => {
    const { items, stderr } = pandocCsl(await file(`${SECOND}sources.json`), 'csljson');
    expect(stderr).not.toMatch(/WARNING|skip|unknown|parse/i);
    expect(items).toEqual(sources.map(pandocFromCslJson));
  });

  test.runIf(hasPandoc()).for(['biblatex', 'bibtex'] as const)(
    'pandoc -f %s reads sources.bib to the same sources, field by field',
    async (format) => {
      const { items, stderr } = pandocCsl(await file(`${SECOND}sources.bib`), format);
      expect(stderr).not.toMatch(/WARNING|skip|unknown|parse/i);
      expect(items).toEqual(sources.map(pandocExpected));
    },
  );

  test('Zotero’s RIS rules read sources.ris to the same sources, field by field, notes included', async () => {
    const read = readRis(await file(`${SECOND}sources.ris`));
    expect(read).toHaveLength(sources.length);
    sources.forEach((source, i) => {
      expect(toCsl(read[i]!), source.id).toEqual(zoteroExpected(source));
      expect(read[i]!.notes).toEqual(remarks(source).map((r) => (r.key ? `${r.key}: ${r.value}` : r.value)));
      expect(read[i]!.dropped.map((d) => d.slice(0, 2))).toEqual(risDroppedTags(source));
    });
  });
});

describe('the paper itself', () => {
  test.runIf(hasPandoc()).for(['biblatex', 'bibtex'] as const)(
    'pandoc -f %s reads paper.bib as its Report, at its own address',
    async (format) => {
      const [item, ...more] = pandocCsl(await file(`${SECOND}paper.bib`), format).items;
      expect(more).toEqual([]);
      expect(item).toMatchObject({
        type: 'report',
        title: TITLE,
        author: [{ family: 'Author', given: 'Test' }],
        'collection-title': 'Test Papers',
        number: '1',
        publisher: 'Test Institute',
        issued: { 'date-parts': [[2024, 5]] },
        ISBN: '000-0-00-000000-0',
        URL: expect.stringMatching(/^https?:\/\/[^/]+\/caspian-water\/$/),
      });
      // Nothing of the other paper: it has no translator and no place of publication.
      expect(item).not.toHaveProperty('translator');
      expect(item).not.toHaveProperty('publisher-place');
    },
  );

  test('Zotero’s RIS rules read paper.ris as its Report', async () => {
    const [read, ...more] = readRis(await file(`${SECOND}paper.ris`));
    expect(more).toEqual([]);
    expect(read).toMatchObject({
      itemType: 'report',
      fields: {
        title: TITLE,
        reportNumber: '1',
        seriesTitle: 'Test Papers',
        institution: 'Test Institute',
        date: '2024-05',
        language: 'en',
        url: expect.stringMatching(/\/caspian-water\/$/),
        extra: 'ISBN: 000-0-00-000000-0',
      },
      creators: [{ lastName: 'Author', firstName: 'Test', creatorType: 'author' }],
    });
    expect(read!.dropped).toEqual([]);
  });

  test('cite-paragraph.json cites it, not the other paper', async () => {
    const styles = JSON.parse(await file(`${SECOND}cite-paragraph.json`)) as { reference: string; inText: string }[];
    expect(styles.map((s) => s.inText)).toEqual(['(Author 2024, para. {n})', '(Author, 2024, para. {n})']);
    for (const style of styles) expect(style.reference).toContain(TITLE);
  });
});

describe('its pages’ metadata', () => {
  test.for([...wholePaper, ...sections])(
    '%s is saved by Zotero’s Embedded Metadata rules as its Report',
    async (page) => {
      const html = await file(page);
      const item = saveWithEmbeddedMetadata(html);
      expect(item).toMatchObject({
        itemType: 'report',
        fields: {
          title: TITLE,
          institution: 'Test Institute',
          reportNumber: '1',
          date: '2024/05',
          ISBN: '000-0-00-000000-0',
          language: 'en',
          url: expect.stringMatching(/^https?:\/\/[^/]+\/caspian-water\/$/),
          abstractNote: expect.stringMatching(/^Water has become the quiet currency of diplomacy.*decades to agree\.$/),
        },
        creators: [{ lastName: 'Author', firstName: 'Test', creatorType: 'author' }],
      });
      expect(Object.keys(item!.dropped)).toEqual(['series']);
      // Its HTML address is the paper's; there is no PDF of it in this edition, for either paper.
      expect(citationTags(html).filter(([n]) => n === 'citation_public_url' || n === 'citation_pdf_url')).toEqual([
        ['citation_public_url', item!.fields['url']],
      ]);
    },
  );

  test.for(wholePaper)('%s lists its own sources as citation_reference, one each', async (page) => {
    const refs = citationTags(await file(page)).filter(([n]) => n === 'citation_reference');
    expect(refs).toHaveLength(SOURCES.length);
    for (const source of sources) expect(refs.some(([, r]) => r.includes(`citation_title=${source.title}`))).toBe(true);
  });

  test.for(wholePaper)('%s carries its schema.org Report, with no translator it does not have', async (page) => {
    const scripts = [...(await file(page)).matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    const report = JSON.parse(scripts[0]![1]!) as Record<string, unknown>;
    expect(report).toMatchObject({
      '@type': 'Report',
      name: TITLE,
      author: [{ '@type': 'Person', familyName: 'Author', givenName: 'Test' }],
      publisher: { name: 'Test Institute for Synthetic Papers', alternateName: 'Test Institute' },
      datePublished: '2024-05',
      reportNumber: '1',
      isPartOf: { name: 'Test Papers' },
      identifier: { value: '000-0-00-000000-0' },
      url: expect.stringMatching(/\/caspian-water\/$/),
    });
    expect(report).not.toHaveProperty('translator');
  });

  test.for(sections)('%s carries no JSON-LD and no citation_reference (its landing page has them)', async (page) => {
    const html = await file(page);
    expect(html).not.toContain('application/ld+json');
    expect(citationTags(html).filter(([n]) => n === 'citation_reference')).toEqual([]);
  });

  test.for([`${SECOND}sources/`, `${SECOND}sources/by-date/`])(
    '%s is not the paper: no citation_* tags',
    async (page) => {
      expect(citationTags(await file(page))).toEqual([]);
    },
  );

  test('the first paper’s pages in the same build still describe the first paper', async () => {
    for (const page of [paperPath('/'), paperPath('/introduction/')]) {
      const item = saveWithEmbeddedMetadata(await file(page));
      expect(item?.fields['title']).toBe('The Russia-Iran Partnership in a Multipolar World');
      expect(item?.fields['url']).toMatch(new RegExp(`${paperPath('/')}$`));
    }
  });
});
