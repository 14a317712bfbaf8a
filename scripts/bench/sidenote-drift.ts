/** Margin notes against their references, per section and width: built on tests/support/sidenote-drift.ts. */
import type { Browser } from 'playwright-core';
import { measureNotes, spread } from '../../tests/support/sidenote-drift.ts';
import { sectionPath } from '../../tests/e2e/support/paths.ts';

export interface DriftRow {
  readonly width: number;
  readonly section: string;
  readonly notes: number;
  readonly median: number;
  readonly p90: number;
  readonly max: number;
  /** Share of notes within 24 px of their reference's line. */
  readonly within24: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

function row(width: number, section: string, drifts: readonly number[]): DriftRow {
  const { median, p90, max } = spread(drifts);
  const within = drifts.filter((d) => d <= 24).length / Math.max(1, drifts.length);
  return {
    width,
    section,
    notes: drifts.length,
    median: round(median),
    p90: round(p90),
    max: round(max),
    within24: round(within * 100),
  };
}

/** Drift (px) between each note's top and its reference's line, per section with notes and over all, at each width. */
export async function sidenoteDrift(
  browser: Browser,
  baseUrl: string,
  slugs: readonly string[],
  widths: readonly number[] = [1280, 1440],
): Promise<DriftRow[]> {
  const rows: DriftRow[] = [];
  for (const width of widths) {
    const all: number[] = [];
    for (const slug of slugs) {
      const drifts = (await measureNotes(browser, `${baseUrl}${sectionPath(slug).slice(1)}`, width)).notes.map(
        (n) => n.drift,
      );
      if (drifts.length === 0) continue;
      all.push(...drifts);
      rows.push(row(width, slug, drifts));
    }
    rows.push(row(width, 'all sections', all));
  }
  return rows;
}
