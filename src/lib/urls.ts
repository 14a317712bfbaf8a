/** An internal URL under the site's base path: `withBase('introduction/')` → `/base/introduction/`. */
export function withBase(path = '', base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** A URL of one paper's pages: `paperHref('russia-iran-partnership', 'sources/')` → `/base/russia-iran-partnership/sources/`. */
export function paperHref(paper: string, path = ''): string {
  return withBase(`${paper}/${path.replace(/^\/+/, '')}`);
}
