import { inject } from 'vitest';

/** Where the real paper's pages live on the site: under `/<paper-id>/`, the reading room at the root. */
export const PAPER_BASE = '/russia-iran-partnership';

/** A page of the site as a whole (home, search, glossary, themes, 404): `sitePath('/search/?q=x')`. */
export function sitePath(path: string): string {
  return path;
}

/** A page of the paper (a section, sources, print, exports): `paperPath('/introduction/')`. */
export function paperPath(path = '/'): string {
  return `${PAPER_BASE}${path}`;
}

/** A section's page by its slug: `sectionPath('conclusion')` → `/conclusion/`. */
export function sectionPath(slug: string): string {
  return paperPath(`/${slug}/`);
}

/** The absolute URL of a site path on the server every e2e file shares (or on `base`). */
export function pageUrl(path: string, base: string = inject('baseUrl')): string {
  return new URL(path.replace(/^\//, ''), base).href;
}
