/** sources.json is valid CSL-JSON by the official schema (tests/fixtures/schemas/csl-data.json), checked with ajv. */
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import schema from '../../fixtures/schemas/csl-data.json' with { type: 'json' };
import { references } from '../../support/paper-under-test.ts';
import { paperItem, toCslJson } from '../../../src/citations/export.ts';
import { translatedTitle } from '../../../src/citations/remarks.ts';
import { paper } from '../../support/paper-under-test.ts';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

describe('CSL-JSON', () => {
  test('sources.json is valid against the official CSL-JSON schema', () => {
    const data: unknown = JSON.parse(toCslJson(references));
    const valid = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test('the paper’s own item is valid too', () => {
    expect(validate([paperItem(paper, 'https://papers.example.org/')])).toBe(true);
  });

  test('the validator does reject a field CSL-JSON does not define', () => {
    expect(validate([{ id: 'x', type: 'book', 'translated-title': 'A translation' }])).toBe(false);
  });

  test('translated titles are kept in note, where the schema allows them', () => {
    const translated = references.filter((r) => translatedTitle(r));
    expect(translated.length).toBe(14);
    expect(translatedTitle(references.find((r) => r.id === 'mandraud-2015-deces')!)).toBe(
      'The Death of Yevgeny Primakov, former Russian minister',
    );
  });
});
