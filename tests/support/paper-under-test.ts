// The real paper's data as the site reads it, for unit tests that check our exports against it.
import { citationData } from '../../src/citations/data.ts';
import { paperMetadata } from '../../src/lib/paper.ts';
import { PAPER_ID } from './content.ts';

export const { references, notes: noteCitations, sections: sectionNotes } = citationData(PAPER_ID);
export const paper = paperMetadata(PAPER_ID);
export { PAPER_ID };
