import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { LoaderContext } from 'astro/loaders';

/** A stand-in for Astro's chokidar watcher in `astro dev`: it records the files it is asked to watch. */
export function fakeWatcher() {
  const watched: string[] = [];
  return Object.assign(new EventEmitter(), {
    watched,
    add: (paths: string | string[]) => watched.push(...[paths].flat()),
  });
}

/** The parts of Astro's loader context our loaders use: a store, the schema step, digests, a watcher, a logger. */
export function loaderContext(watcher?: ReturnType<typeof fakeWatcher>) {
  const entries = new Map<string, { data: unknown; digest?: string | number; filePath?: string }>();
  const logged: string[] = [];
  const ctx = {
    store: {
      clear: () => entries.clear(),
      set: (e: { id: string; data: unknown; digest?: string; filePath?: string }) => entries.set(e.id, e),
    },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
    watcher,
    logger: { info: (m: string) => logged.push(m), error: (m: string) => logged.push(`error: ${m}`) },
  };
  return { ctx: ctx as unknown as LoaderContext, entries, logged };
}
