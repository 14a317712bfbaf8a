/** The site's base path from `BASE_PATH` (e.g. `papers/russia-iran`), normalised to `/papers/russia-iran/`; `/` by default. */
export function basePath(value: string | undefined = process.env['BASE_PATH']): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** A base path as Astro gives it (`/`, `/x`, `/x/`) with exactly one trailing slash. */
export function withTrailingSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}
