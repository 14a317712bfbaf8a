import { LinkChecker, type LinkResult } from 'linkinator';

/** What a crawl found: links it fetched (deduplicated by URL) and the broken ones, described. */
export interface CrawlReport {
  checked: LinkResult[];
  skipped: LinkResult[];
  broken: string[];
}

/** Crawl a site from `startUrl` as linkinator's `--recurse --check-fragments` would, never leaving its origin. */
export async function crawl(startUrl: string): Promise<CrawlReport> {
  const { origin } = new URL(startUrl);
  const { links } = await new LinkChecker().check({
    path: startUrl,
    recurse: true,
    checkFragments: true,
    // This machine reaches no other host: external links are recorded as skipped, not fetched.
    linksToSkip: async (link) => !link.startsWith(`${origin}/`),
    concurrency: 10,
    timeout: 10_000,
  });
  return {
    checked: links.filter((link) => link.state !== 'SKIPPED'),
    skipped: links.filter((link) => link.state === 'SKIPPED'),
    broken: links
      .filter((link) => link.state === 'BROKEN')
      .map((link) => `${link.url} (${link.status ?? 'no status'}) on ${link.parent ?? '?'}`),
  };
}
