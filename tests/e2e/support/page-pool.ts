import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll } from 'vitest';

/**
 * Pages kept open from one visit to the next, for files that visit many pages one after the other
 * (the axe files). Each visit is still a new document loaded from the network, but in a renderer
 * that is already running: a fresh context per visit starts a renderer and compiles the page's
 * scripts, its fonts and axe again, which cost twice the CPU (six pages with axe: 15.4 core-seconds
 * in fresh contexts, 7.0 in one page). One page per test running at once, each in its own context.
 */
export interface PooledPage<R> {
  readonly context: BrowserContext;
  readonly page: Page;
  /** What the opener records on the page (problems, policy violations…), emptied before each visit. */
  readonly records: R;
}

/** Makes the records of a new page (called once per page) and the function that empties them. */
export type Recorder<R> = (context: BrowserContext, page: Page) => Promise<{ records: R; clear: () => void }>;

/**
 * A pool of pages of `browser()` with `options`, closed after the file's tests. `visit(fn)` lends
 * `fn` a page whose records are empty and whose colour scheme is light, and takes it back after;
 * a page whose test failed is closed, not lent again, so no failure leaves its state to the next.
 */
export function usePagePool<R>(
  browser: () => Browser,
  options: BrowserContextOptions,
  record: Recorder<R>,
): { visit: <T>(fn: (pooled: PooledPage<R>) => Promise<T>) => Promise<T> } {
  const free: { pooled: PooledPage<R>; clear: () => void }[] = [];
  const open = new Set<BrowserContext>();
  afterAll(async () => {
    await Promise.all([...open].map((context) => context.close()));
  });
  async function lend(): Promise<{ pooled: PooledPage<R>; clear: () => void }> {
    const context = await browser().newContext(options);
    open.add(context);
    const page = await context.newPage();
    const { records, clear } = await record(context, page);
    return { pooled: { context, page, records }, clear };
  }
  return {
    async visit(fn) {
      const entry = free.pop() ?? (await lend());
      entry.clear();
      await entry.pooled.page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
      try {
        const result = await fn(entry.pooled);
        free.push(entry);
        return result;
      } catch (error) {
        open.delete(entry.pooled.context);
        await entry.pooled.context.close();
        throw error;
      }
    },
  };
}

/** Empties each of `arrays` in place (the records handed out keep their identity). */
export function emptier(...arrays: unknown[][]): () => void {
  return () => {
    for (const array of arrays) array.length = 0;
  };
}
