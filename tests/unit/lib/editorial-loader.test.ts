/**
 * The loader of the editors' collections (glossaries, themeSets): one entry per file (id `series` or the paper's),
 * validated and merged across the series with the coded errors that name file, line and entry, and in `astro
 * dev` an edited file reloads them, a broken one is reported and the entries kept.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { editorialLoader } from '../../../src/lib/editorial-loader.ts';
import { glossaryFiles } from '../../../src/lib/editorial-options.ts';
import { fakeWatcher, loaderContext } from '../../support/loader-context.ts';

const root = mkdtempSync(join(tmpdir(), 'editorial-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const series = join(root, 'content', 'glossary.yaml');
const own = join(root, 'content', 'papers', 'a-paper', 'glossary.yaml');
for (const paper of ['a-paper', 'b-paper']) {
  mkdirSync(join(root, 'content', 'papers', paper), { recursive: true });
  writeFileSync(join(root, 'content', 'papers', paper, 'source.txt'), 'text');
}
const text = 'A short neutral note of two sentences, facts only. It says nothing of the argument.';
const entry = (id: string) => `- id: ${id}\n  term: ${id}\n  kind: place\n  aliases: [${id}]\n  text: ${text}\n`;
writeFileSync(series, entry('baku'));
writeFileSync(own, entry('caspian'));

const ids = (data: unknown) => (data as { entries: { id: string }[] }).entries.map((e) => e.id);

test('one entry per file: `series` and each paper that has one, named as the project names them', async () => {
  const { ctx, entries } = loaderContext();
  await editorialLoader({ ...glossaryFiles, root }).load(ctx);
  expect([...entries.keys()]).toEqual(['series', 'a-paper']);
  expect(entries.get('series')?.data).toMatchObject({ paper: undefined, file: 'content/glossary.yaml' });
  expect(entries.get('a-paper')?.data).toMatchObject({
    paper: 'a-paper',
    file: 'content/papers/a-paper/glossary.yaml',
  });
  expect(ids(entries.get('a-paper')?.data)).toEqual(['caspian']);
});

test('an id taken by the series-wide file is a coded error naming both files and lines', async () => {
  writeFileSync(own, entry('baku'));
  const { ctx } = loaderContext();
  await expect(editorialLoader({ ...glossaryFiles, root }).load(ctx)).rejects.toThrow(
    /^content\/papers\/a-paper\/glossary\.yaml:1:7: error GLOSSARY_ID_TAKEN: entry 1 \(“baku”\): the id “baku” is already entry 1 \(“baku”\) of content\/glossary\.yaml:1/,
  );
  writeFileSync(own, entry('caspian'));
});

test('in astro dev an edited file reloads; a broken one is reported with its line and the entries kept', async () => {
  const watcher = fakeWatcher();
  const { ctx, entries, logged } = loaderContext(watcher);
  await editorialLoader({ ...glossaryFiles, root }).load(ctx);
  const before = entries.get('a-paper')?.digest;
  writeFileSync(own, entry('caspian') + entry('tehran'));
  watcher.emit('change', resolve(join(root, 'content', 'papers', 'a-paper', 'source.txt')));
  watcher.emit('change', resolve(own));
  await expect.poll(() => ids(entries.get('a-paper')?.data)).toEqual(['caspian', 'tehran']);
  expect(entries.get('a-paper')?.digest).not.toBe(before);
  expect(logged).toHaveLength(1);

  writeFileSync(own, `${entry('caspian')}- id: tehran\n  kind: nowhere\n`);
  watcher.emit('change', resolve(own));
  await expect.poll(() => logged.length).toBe(2);
  expect(logged[1]).toMatch(
    /^error: content\/papers\/a-paper\/glossary\.yaml:\d+:\d+: error GLOSSARY_INVALID: entry 2 \(“tehran”\)/,
  );
  expect(ids(entries.get('a-paper')?.data)).toEqual(['caspian', 'tehran']);
});
