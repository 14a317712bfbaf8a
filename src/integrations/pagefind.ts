import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { readPaperFolders, readSectionSources } from '../lib/paper-files.ts';
import { themedPassages } from '../lib/theme-passages.ts';
import { themes } from '../lib/theme-entries.ts';
import { glossary } from '../lib/glossary-entries.ts';
import { groupFinder, searchGroups } from '../lib/search-terms.ts';
import { searchRecords } from './search-records.ts';

// Index chunks of about this many words: a first search fetches one small chunk, not a third of the index.
const INDEX_CHUNK_SIZE = '4000';

interface Response {
  readonly errors: readonly string[];
}

function check(step: string, response: Response | undefined): void {
  if (!response) throw new Error(`Pagefind: ${step} returned nothing`);
  if (response.errors.length > 0) throw new Error(`Pagefind: ${step} failed:\n${response.errors.join('\n')}`);
}

/** Builds the search index of the paper's passages after `astro build`; any indexing error fails the build. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'paper-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const papers = readPaperFolders().map((paper) => ({
          paper,
          passages: themedPassages(readSectionSources(paper.generated), themes),
        }));
        const groupsOf = groupFinder(
          searchGroups(
            glossary,
            papers.flatMap(({ passages }) => passages.map((p) => p.text)),
          ),
          glossary,
        );
        const records = papers.flatMap(({ paper, passages }) => searchRecords(passages, groupsOf, 'en', paper));
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
