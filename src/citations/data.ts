// The ingest's citation data for the Markdown processor (src/integrations/markdown-options.ts) only: it runs
// before the content layer exists, the one place Astro leaves no way to read the collections. Read through
// Vite (so a change rebuilds the pages) and validated by the contract, never cast. Every page and component
// reads the same files through the content collections instead (src/lib/paper-data.ts).
import { missingGenerated, parseCitationData, type CitationData } from './citation-data.ts';

const generated = import.meta.glob<unknown>(
  [
    '../../content/papers/*/generated/references.json',
    '../../content/papers/*/generated/citations.json',
    '../../content/papers/*/generated/sections.json',
  ],
  {
    import: 'default',
    eager: true,
  },
);

function file(paper: string, name: string): unknown {
  const value = generated[`../../content/papers/${paper}/generated/${name}`];
  if (value === undefined) throw missingGenerated(paper, name);
  return value;
}

const cache = new Map<string, CitationData>();

/** One paper's citation data, parsed by the contract once. */
export function citationData(paper: string): CitationData {
  let data = cache.get(paper);
  if (!data) {
    data = parseCitationData({
      notes: file(paper, 'citations.json'),
      references: file(paper, 'references.json'),
      sections: file(paper, 'sections.json'),
    });
    cache.set(paper, data);
  }
  return data;
}
