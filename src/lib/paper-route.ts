import type { PaperMetadata } from './paper-metadata.ts';
import { getPaper, getPaperIds } from './paper-data.ts';
import { paperHref } from './urls.ts';

/** The `getStaticPaths` of a page that exists once per paper: `/<id>/…`. */
export async function paperPaths(): Promise<{ params: { paper: string } }[]> {
  return (await getPaperIds()).map((paper) => ({ params: { paper } }));
}

/** The paper a page belongs to, from its route (`Astro.params.paper`); none on the site-wide pages. */
export interface PaperContext {
  id: string;
  paper: PaperMetadata;
  /** {@link paperHref} bound to this paper. */
  href: (path?: string) => string;
}

/** The {@link PaperContext} of one paper, its metadata read from the `papers` collection. */
export async function paperContextOf(id: string): Promise<PaperContext> {
  return { id, paper: (await getPaper(id)).data, href: (path = '') => paperHref(id, path) };
}

/** The {@link PaperContext} of a page's params, or undefined on a site-wide page (home, search, glossary, 404). */
export async function paperContext(params: Record<string, string | undefined>): Promise<PaperContext | undefined> {
  const id = params['paper'];
  return id === undefined ? undefined : paperContextOf(id);
}

/** As {@link paperContext}, for a component that only ever renders on a paper's pages. */
export async function requirePaperContext(params: Record<string, string | undefined>): Promise<PaperContext> {
  const context = await paperContext(params);
  if (!context) throw new Error('PAPER_ROUTE: this component renders only under src/pages/[paper]/');
  return context;
}
