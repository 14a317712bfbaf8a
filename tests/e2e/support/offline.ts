import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Waits until the site's service worker controls `page` and its one cache (`paper-…`) is filled. */
export async function waitForOffline(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 })
    .toBe(true);
  await expect
    .poll(async () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('paper-')).length), {
      timeout: 20_000,
    })
    .toBe(1);
}
