/**
 * The paper this site presents: the pages are still laid out for one paper (at the root); the other
 * folders of content/papers/ are ingested and checked, and wait for routes under /<id>/.
 */
export const PAPER_ID = 'russia-iran-partnership';

/** The entry of `files` (an `import.meta.glob` over content/papers/*\/…) that belongs to the site's paper. */
export function ofSitePaper<T>(files: Record<string, T>, file: string): T {
  const value = files[`../../content/papers/${PAPER_ID}/${file}`];
  if (value === undefined) throw new Error(`content/papers/${PAPER_ID}/${file} is missing: run npm run ingest`);
  return value;
}
