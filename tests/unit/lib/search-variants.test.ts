import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseGlossary } from '../../../src/lib/glossary.ts';
import { excerptOf, highlightTerms, markPattern } from '../../../src/lib/search-query.ts';
import { isKnown, planQuery, suggestions, vocabularyOf } from '../../../src/lib/search-plan.ts';
import { editionWords, groupFinder, searchGroups, searchTermsData } from '../../../src/lib/search-terms.ts';
import { editDistance, normaliseForm, spellingKey } from '../../../src/lib/search-variants.ts';
import { seriesFile } from '../../support/content.ts';

describe('spellingKey: one key for the transliterations of a name', () => {
  test.for([
    ['Rouhani', 'Rohani'],
    ['Karabakh', 'Karabagh'],
    ['Karabakh', 'Karabach'],
    ['Khamenei', 'Chamenei'],
    ['Qasem', 'Ghasem'],
    ['Yevgeny', 'Evgenii'],
    ['Yevgeny', 'Yevgeniy'],
    ['Mosaddegh', 'Mossadeq'],
    ['Hezbollah', 'Hizballah'],
    ['Lavrov', 'Lavrow'],
    ['Djavad', 'Javad'],
    ['Mustafa', 'Moustapha'],
    ['Assad', 'Asad'],
  ])('%s = %s', ([a, b]) => expect(spellingKey(a!)).toBe(spellingKey(b!)));

  test.for([
    ['Russia', 'Prussia'],
    ['Tehran', 'Tiran'],
    ['Baku', 'Bukhara'],
  ])('%s ≠ %s', ([a, b]) => expect(spellingKey(a!)).not.toBe(spellingKey(b!)));

  test('normaliseForm reads hyphen, dash and space alike, and folds case, accents and possessives', () => {
    expect(normaliseForm('Nagorno-Karabakh')).toBe(normaliseForm('Nagorno Karabakh'));
    expect(normaliseForm('North–South')).toBe('north south');
    expect(normaliseForm('Choïgou')).toBe('choigou');
    expect(normaliseForm('Iran’s')).toBe('iran');
  });

  test('editDistance', () => {
    expect(editDistance('lavorv', 'lavrov')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('syria', 'syria')).toBe(0);
  });
});

describe('search groups and query plans over this edition', () => {
  const glossary = parseGlossary(readFileSync(seriesFile('glossary.yaml'), 'utf8'));
  const texts = ['Hassan Rouhani met the Taleban in Nagorno Karabakh.', 'Hossein spoke; Qasem and Qassem did too.'];
  const groups = searchGroups(glossary, texts);
  const terms = searchTermsData(groups);
  const find = groupFinder(groups, glossary);
  const { words, names } = editionWords(texts);
  const vocabulary = vocabularyOf([...words].map((w) => names.get(w) ?? w));

  test('a passage belongs to the groups it mentions, whatever the hyphenation; excluded forms are not mentions', () => {
    expect(find('At the outbreak of war in Nagorno-Karabakh')).toContain('nagorno-karabakh');
    expect(find('The Nagorno Karabakh conflict')).toContain('nagorno-karabakh');
    expect(find('Rohani said')).toEqual(['rouhani']);
    expect(find('Alireza Raisi wrote')).not.toContain('raisi');
  });

  test('names the paper prints in close spellings form a group; distant ones do not', () => {
    expect(groups.find((g) => g.forms.includes('qassem'))?.forms).toEqual(expect.arrayContaining(['qasem', 'qassem']));
    expect(groups.some((g) => g.forms.includes('hassan') && g.forms.includes('hossein'))).toBe(false);
  });

  test('a variant or alias becomes its group; hyphen = space; initials and single letters drop out', () => {
    expect(planQuery('Rohani', terms).groups).toEqual(['rouhani']);
    expect(planQuery('Nagorno-Karabakh', terms)).toMatchObject({ text: null, groups: ['nagorno-karabakh'] });
    expect(planQuery('Nagorno Karabakh', terms).groups).toEqual(['nagorno-karabakh']);
    expect(planQuery('K.', terms)).toMatchObject({ text: null, groups: [] });
    expect(planQuery('Sputnik V', terms)).toMatchObject({ text: 'sputnik', marks: ['sputnik v', 'sputnik'] });
    expect(planQuery('"Axis of Resistance" Iran', terms)).toMatchObject({
      text: 'iran',
      groups: ['axis-of-resistance'],
    });
    expect(planQuery('"met the"', terms).text).toBe('"met the"');
  });

  test('with the vocabulary, an unknown name is respelt by the rules and a typo is unknown with offers', () => {
    expect(planQuery('Hoseyn', terms, vocabulary).respelt).toEqual([['hoseyn', 'hossein']]);
    const typo = planQuery('Tebalan', terms, vocabulary);
    expect(typo.unknown).toEqual(['tebalan']);
    expect(isKnown('spok', vocabulary)).toBe(true);
    expect(suggestions('spolke', vocabulary)).toContain('spoke');
  });
});

describe('marks and excerpts', () => {
  test('a term with a space marks a hyphenated form too, and marks the whole word', () => {
    const text = 'war in Nagorno-Karabakh and Syrian forces';
    expect(text.match(markPattern(['nagorno karabakh', 'syria']))).toEqual(['Nagorno-Karabakh', 'Syrian']);
  });

  test('an excerpt is escaped, marked, and centred on the first mark', () => {
    const content = `${'word '.repeat(60)}the <IRGC> & Quds Force ${'tail '.repeat(60)}`;
    const excerpt = excerptOf(content, ['quds force'], 20);
    expect(excerpt).toMatch(/^… /);
    expect(excerpt).toContain('&lt;IRGC&gt; &amp; <mark>Quds Force</mark>');
    expect(excerpt.split(/\s+/).length).toBeLessThan(30);
  });

  test('highlightTerms reads back quoted forms whole', () => {
    expect(highlightTerms('"nagorno karabakh" karabakh')).toEqual(['nagorno karabakh', 'karabakh']);
  });
});
