/**
 * The contract between the ingest and the site: what `npm run ingest` writes into each paper's generated/
 * folder, what the editors write in paper.yaml, and the ids of paragraphs and notes. The ingest checks its
 * output against these schemas before writing anything; the site reads only through them
 * (src/content.config.ts).
 */
export * from './ids.ts';
export * from './note-citations.ts';
export * from './paper.ts';
export type * from './readonly.ts';
export * from './references.ts';
export * from './section.ts';
export * from './glossary.ts';
export * from './themes.ts';
