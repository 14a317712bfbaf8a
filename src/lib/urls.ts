/** An internal URL under the site's base path: `withBase('introduction/')` → `/base/introduction/`. */
export function withBase(path = '', base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
