/** A section's passages, as search and themes read them, hold the text as printed: no MDX syntax left. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { passagesOf, plainText } from '../../../src/lib/passages.ts';
import { listPaperFolders } from '../../../scripts/ingest/paper-folders.ts';

describe('plainText', () => {
  test('gives a printed URL once, as printed, not the explicit link it is written as', () => {
    expect(plainText('available at: [www.example.org/a\\_b](<https://www.example.org/a_b>).')).toBe(
      'available at: www.example.org/a_b.',
    );
  });

  test('leaves an escaped bracket and parenthesis as text, never a link', () => {
    expect(plainText('\\[The title\\](<not a link>) and \\[x\\]')).toBe('[The title](<not a link>) and [x]');
  });

  test('reads numeric character references', () => {
    expect(plainText('a&#123;b')).toBe('a{b');
  });
});

describe.for(listPaperFolders().map((p) => p.id))('the passages of %s', (id) => {
  const dir = join('content/papers', id, 'generated');
  const passages = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => passagesOf(readFileSync(join(dir, f), 'utf8')));

  test('hold no link syntax: every URL reads once, as printed', () => {
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.filter((p) => /\]\(<|\[\^\d+\]/.test(p.text)).map((p) => `${p.id}: ${p.text}`)).toEqual([]);
    const withUrl = passages.filter((p) => /https?:\/\/|www\./.test(p.text));
    expect(withUrl.length).toBeGreaterThan(0);
  });
});
