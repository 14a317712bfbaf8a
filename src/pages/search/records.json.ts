import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getSearchGroups } from '../../lib/search-groups.ts';
import { groupFinder } from '../../lib/search-terms.ts';
import { getThemedPassages } from '../../lib/themes-data.ts';
import { searchRecords } from '../../integrations/search-records.ts';

/**
 * The search index's records, derived once from the content collections (each section's MDX body, each
 * paper's metadata): one per paragraph and note of every paper, papers in id order. A build-only file:
 * the search-index integration (src/integrations/pagefind.ts) indexes it, then deletes it from dist/
 * before the service worker lists the files, so it is neither served nor cached.
 */
export const GET: APIRoute = async () => {
  const papers = (await getCollection('papers')).sort((a, b) => a.id.localeCompare(b.id));
  const perPaper = await Promise.all(
    papers.map(async (p) => ({ paper: { id: p.id, title: p.data.title }, passages: await getThemedPassages(p.id) })),
  );
  const { groups, glossary } = await getSearchGroups();
  const groupsOf = groupFinder(groups, glossary);
  const records = perPaper.flatMap(({ paper, passages }) => searchRecords(passages, groupsOf, 'en', paper));
  return new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json' } });
};
