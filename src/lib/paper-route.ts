import type { PaperMetadata } from './paper-metadata.ts';
import { paperMetadata, papersById } from './paper.ts';
import { withBase } from './urls.ts';

/** The `getStaticPaths` of a page that exists once per paper: `/<id>/…`. */
export function paperPaths(): { params: { paper: string } }[] {
  return [...papersById.keys()].map((paper) => ({ params: { paper } }));
}

/** A URL of one paper's pages: `paperHref('russia-iran-partnership', 'sources/')` → `/base/russia-iran-partnership/sources/`. */
export function paperHref(paper: string, path = ''): string {
  return withBase(`${paper}/${path.replace(/^\/+/, '')}`);
}

/** The paper a page belongs to, from its route (`Astro.params.paper`); none on the site-wide pages. */
export interface PaperContext {
  id: string;
  paper: PaperMetadata;
  /** {@link paperHref} bound to this paper. */
  href: (path?: string) => string;
}

/** The {@link PaperContext} of a page's params, or undefined on a site-wide page (home, search, glossary, 404). */
export function paperContext(params: Record<string, string | undefined>): PaperContext | undefined {
  const id = params['paper'];
  if (id === undefined) return undefined;
  return { id, paper: paperMetadata(id), href: (path = '') => paperHref(id, path) };
}

/** As {@link paperContext}, for a component that only ever renders on a paper's pages. */
export function requirePaperContext(params: Record<string, string | undefined>): PaperContext {
  const context = paperContext(params);
  if (!context) throw new Error('PAPER_ROUTE: this component renders only under src/pages/[paper]/');
  return context;
}
