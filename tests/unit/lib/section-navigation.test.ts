import { describe, expect, test } from 'vitest';
import { neighbours, noteRange, sortByOrder } from '../../../src/lib/section-navigation.ts';
import { withBase } from '../../../src/lib/urls.ts';

const section = (order: number) => ({ id: `s${order}`, data: { order } });

describe('section navigation', () => {
  test('sorts sections by their order, not their file names', () => {
    expect(sortByOrder([section(10), section(2), section(1)]).map((s) => s.id)).toEqual(['s1', 's2', 's10']);
  });

  test('gives the first section no previous and the last no next', () => {
    const sections = [section(1), section(2), section(3)];
    expect(neighbours(sections, 0)).toEqual({ previous: undefined, next: sections[1] });
    expect(neighbours(sections, 1)).toEqual({ previous: sections[0], next: sections[2] });
    expect(neighbours(sections, 2)).toEqual({ previous: sections[1], next: undefined });
  });

  test('describes a section’s notes', () => {
    expect(noteRange(9, 29)).toBe('Notes 9–29');
    expect(noteRange(4, 4)).toBe('Note 4');
    expect(noteRange(null, null)).toBeUndefined();
  });
});

describe('withBase', () => {
  test('joins a path to the base with exactly one slash', () => {
    expect(withBase('introduction/', '/')).toBe('/introduction/');
    expect(withBase('', '/')).toBe('/');
    expect(withBase('introduction/', '/paper/')).toBe('/paper/introduction/');
    expect(withBase('/introduction/', '/paper')).toBe('/paper/introduction/');
    expect(withBase('#contents-heading', '/paper/')).toBe('/paper/#contents-heading');
  });
});
