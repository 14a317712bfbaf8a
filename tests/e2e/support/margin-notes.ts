import { expect } from 'vitest';
import type { PageNotes } from '../../support/sidenote-drift.ts';

/**
 * Every note of a page measured by `measureNotes` has its margin copy, shown, in the margin right of
 * its text, ending before the notes list, and none overlaps the one above it. `where` names the page.
 */
export function expectNotesInTheMargin({ notes, textEnd, endnotes }: PageNotes, where: string): void {
  expect(notes.length, where).toBe(endnotes);
  const byTop = [...notes].sort((a, b) => a.top - b.top);
  for (const [i, note] of byTop.entries()) {
    const which = `${where}: note ${note.label}`;
    expect(note.width, `${which} is shown`).toBeGreaterThan(150);
    expect(note.left, `${which} is in the margin`).toBeGreaterThan(note.textRight);
    expect(note.bottom, `${which} ends before the notes list`).toBeLessThanOrEqual(textEnd + 0.5);
    const above = byTop[i - 1];
    if (above) expect(note.top, `${which} overlaps note ${above.label}`).toBeGreaterThanOrEqual(above.bottom);
  }
}
