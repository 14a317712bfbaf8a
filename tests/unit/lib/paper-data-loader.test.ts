/**
 * The loader of the papers' JSON collections (references, noteCitations, sectionNotes): one entry per paper,
 * with a digest of the file, and in `astro dev` (a watcher) an edited file is read again with a new digest.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { paperJsonLoader } from '../../../src/lib/paper-data-loader.ts';
import { fakeWatcher, loaderContext } from '../../support/loader-context.ts';

const root = mkdtempSync(join(tmpdir(), 'paper-json-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const file = (paper: string) => join(root, paper, 'generated', 'references.json');
for (const paper of ['a-paper', 'b-paper']) {
  mkdirSync(join(root, paper, 'generated'), { recursive: true });
  writeFileSync(join(root, paper, 'source.txt'), 'text');
  writeFileSync(file(paper), JSON.stringify([{ id: `${paper}-1` }]));
}

test('one entry per paper, its data the file’s items, its digest the file’s', async () => {
  const { ctx, entries } = loaderContext();
  await paperJsonLoader('references.json', root).load(ctx);
  expect([...entries.keys()]).toEqual(['a-paper', 'b-paper']);
  expect(entries.get('a-paper')?.data).toEqual({ paper: 'a-paper', items: [{ id: 'a-paper-1' }] });
  expect(entries.get('a-paper')?.digest).not.toBe(entries.get('b-paper')?.digest);
});

test('in astro dev, an edited file is read again, with a new digest; another file’s change is ignored', async () => {
  const watcher = fakeWatcher();
  const { ctx, entries, logged } = loaderContext(watcher);
  await paperJsonLoader('references.json', root).load(ctx);
  expect(watcher.watched.map((f) => resolve(f))).toEqual([resolve(file('a-paper')), resolve(file('b-paper'))]);
  const before = entries.get('b-paper')?.digest;
  writeFileSync(file('b-paper'), JSON.stringify([{ id: 'b-paper-2' }]));
  // Chokidar reports absolute paths.
  watcher.emit('change', resolve(join(root, 'b-paper', 'source.txt')));
  watcher.emit('change', resolve(file('b-paper')));
  await expect.poll(() => entries.get('b-paper')?.data).toEqual({ paper: 'b-paper', items: [{ id: 'b-paper-2' }] });
  expect(entries.get('b-paper')?.digest).not.toBe(before);
  expect(logged).toHaveLength(1);
});

test('a file that no longer parses is reported, not thrown, and its entry kept', async () => {
  const watcher = fakeWatcher();
  const { ctx, entries, logged } = loaderContext(watcher);
  writeFileSync(file('a-paper'), JSON.stringify([{ id: 'a-paper-1' }]));
  await paperJsonLoader('references.json', root).load(ctx);
  writeFileSync(file('a-paper'), '[{');
  watcher.emit('change', resolve(file('a-paper')));
  await expect.poll(() => logged.length).toBe(1);
  expect(logged[0]).toMatch(/^error: Failed to reload .*a-paper\/generated\/references\.json/);
  expect(entries.get('a-paper')?.data).toEqual({ paper: 'a-paper', items: [{ id: 'a-paper-1' }] });
});
