import type { APIRoute } from 'astro';
import { editionWords } from '../../lib/search-terms.ts';
import { getThemedPassages } from '../../lib/themes-data.ts';

/**
 * The edition's words (names capitalised as printed), fetched by the search page only when a
 * query word is not found: to respell it by the spelling rules or to offer "did you mean".
 */
export const GET: APIRoute = async () => {
  const { words, names } = editionWords((await getThemedPassages()).map((p) => p.text));
  const list = [...words].sort().map((w) => names.get(w) ?? w);
  return new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } });
};
