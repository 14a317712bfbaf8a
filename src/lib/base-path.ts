/** The site's base path from `BASE_PATH` (e.g. `papers/russia-iran`), normalised to `/papers/russia-iran/`; `/` by default. */
export function basePath(value: string | undefined = process.env['BASE_PATH']): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
