/**
 * The subset of CSL-JSON (citationstyles.org, csl-data.json) that the ingest writes and the site
 * reads: the one definition of a CSL item, for the sources (content/references.json) and the paper.
 */

/** The months as the paper prints them; CSL's month `n` is `MONTHS[n - 1]`. */
export const MONTHS: readonly string[] =
  'January February March April May June July August September October November December'.split(' ');

export type CslType =
  | 'article-journal'
  | 'article-magazine'
  | 'article-newspaper'
  | 'book'
  | 'chapter'
  | 'document'
  | 'graphic'
  | 'interview'
  | 'post'
  | 'post-weblog'
  | 'report'
  | 'webpage';

/** A person (`given` holds the initials as printed) or an organisation (`literal`). */
export interface CslName {
  readonly family?: string;
  readonly given?: string;
  readonly literal?: string;
}

/** One date or, with two entries, a range (`January-February 2019`); `season` as printed. */
export interface CslDate {
  readonly 'date-parts': readonly (readonly number[])[];
  readonly season?: string;
}

export interface CslItem {
  readonly id: string;
  readonly type: CslType;
  readonly genre?: string;
  readonly author?: readonly CslName[];
  readonly editor?: readonly CslName[];
  /** The paper's translators (the ingest never reads one in a note). */
  readonly translator?: readonly CslName[];
  /** The title as printed, in its own language. */
  readonly title?: string;
  readonly 'container-title'?: string;
  /** The series of a report (`INSS Insight`), with its `number`. */
  readonly 'collection-title'?: string;
  readonly number?: string;
  readonly volume?: string;
  readonly issue?: string;
  /** The page range of an article or chapter; a single page cited is a note's locator instead. */
  readonly page?: string;
  readonly publisher?: string;
  readonly 'publisher-place'?: string;
  readonly issued?: CslDate;
  readonly URL?: string;
  /** The paper's ISBN. */
  readonly ISBN?: string;
  /** BCP 47 tag, set only where the title is plainly not English. */
  readonly language?: string;
  /**
   * One `key: value` line per remark (the Zotero "Extra" convention). `translated-title: …` holds the
   * English translation the paper prints in brackets after a title: CSL-JSON has no field for it.
   */
  readonly note?: string;
}
