import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { crawl } from '../e2e/support/crawl.ts';
import { sectionPath } from '../e2e/support/paths.ts';
import { distDir, sectionSlugs } from '../e2e/support/site.ts';
import { startStaticServer, type StaticServer } from '../e2e/support/static-server.ts';

// Node over dist/: linkinator fetches the built files from a plain static server, no browser.
let site: StaticServer;
beforeAll(async () => {
  site = await startStaticServer(distDir);
});
afterAll(() => site?.close());

test('a crawl from the home page reaches every section and finds no broken link or fragment', async () => {
  const baseUrl = site.url;
  const { checked, skipped, broken } = await crawl(baseUrl);
  expect(broken).toEqual([]);

  // A crawl that checked nothing would find nothing broken: insist that it went everywhere.
  const slugs = await sectionSlugs();
  const urls = checked.map((link) => link.url);
  expect(urls).toEqual(expect.arrayContaining([baseUrl, ...slugs.map((slug) => `${baseUrl}${sectionPath(slug).slice(1)}`)]));
  expect(checked.length).toBeGreaterThan(slugs.length);
  // The notes cite the web; those links are seen, and skipped rather than fetched.
  expect(skipped.length).toBeGreaterThan(20);
});

test('the same crawl reports a missing fragment and a missing page', async () => {
  // Control: a tiny site with known faults, so a green run above means the checks ran.
  const dir = await mkdtemp(join(tmpdir(), 'crawl-control-'));
  const page = (body: string) => `<!doctype html><html lang="en"><title>t</title><body>${body}</body></html>`;
  await writeFile(
    join(dir, 'index.html'),
    page('<a href="#nowhere">a</a> <a href="b.html#here">b</a> <a href="gone/">c</a>'),
  );
  await writeFile(join(dir, 'b.html'), page('<p id="here">b</p>'));
  const server = await startStaticServer(dir);
  try {
    const { broken } = await crawl(server.url);
    expect(broken).toHaveLength(2);
    expect(broken).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`${server.url}#nowhere`),
        expect.stringContaining(`${server.url}gone/ (404)`),
      ]),
    );
  } finally {
    await server.close();
    await rm(dir, { recursive: true });
  }
});
