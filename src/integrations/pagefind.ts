import { readFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { SEARCH_RECORDS_FILE, searchRecordsSchema } from './search-records.ts';

// Index chunks of about this many words: a first search fetches one small chunk, not a third of the index.
const INDEX_CHUNK_SIZE = '4000';

interface Response {
  readonly errors: readonly string[];
}

function check(step: string, response: Response | undefined): void {
  if (!response) throw new Error(`Pagefind: ${step} returned nothing`);
  if (response.errors.length > 0) throw new Error(`Pagefind: ${step} failed:\n${response.errors.join('\n')}`);
}

/**
 * Builds the search index after `astro build` from the records the build wrote once from the content
 * collections (src/pages/search/records.json.ts), then removes that file: it is the index's input, not a
 * page of the site, and the service worker (which runs next) must not list it. Any indexing error fails the build.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'paper-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const file = fileURLToPath(new URL(SEARCH_RECORDS_FILE, dir));
        const records = searchRecordsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
        rmSync(file);
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind: createIndex failed:\n${errors.join('\n')}`);
          for (const record of records) check(`record ${record.url}`, await index.addCustomRecord(record));
          check('writeFiles', await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) }));
        } finally {
          await close();
        }
        logger.info(`indexed ${records.length} passages in ${Math.round(performance.now() - start)} ms`);
      },
    },
  };
}
