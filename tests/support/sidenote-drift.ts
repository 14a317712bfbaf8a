/**
 * Where the margin notes of a page stand against their references, measured in Chromium: for each
 * note, the distance between the top of its box and the top of its reference's line of text (the
 * glyphs just before the reference number), plus what the checks need (boxes, the text's right
 * edge, the top of the notes list). Used by
 * tests/e2e/margin-notes-stay-beside-their-references-on-a-wide-screen.test.ts and `npm run bench`.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/** One margin note on the page. */
export interface NoteBox {
  label: string;
  top: number;
  bottom: number;
  left: number;
  width: number;
  /** Top of the line of text holding the note's reference. */
  lineTop: number;
  /** |top − lineTop| in px. */
  drift: number;
  /** Right edge of the paragraph holding the reference. */
  textRight: number;
}

export interface PageNotes {
  notes: NoteBox[];
  /** Top of the notes list (the end of the section's text), or of the page's end. */
  textEnd: number;
  endnotes: number;
}

/** Median, 90th percentile and largest of `values` (0 for none). */
export function spread(values: readonly number[]): { median: number; p90: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { median: at(0.5), p90: at(0.9), max: sorted.at(-1) ?? 0 };
}

/** Load `url` at `width` × 900 (in `theme`) and measure every visible margin note. */
export async function measureNotes(
  browser: Browser,
  url: string,
  width: number,
  theme: 'light' | 'dark' = 'light',
): Promise<PageNotes> {
  const context = await browser.newContext(measuringContext(width, theme));
  try {
    return await measureNotesIn(await context.newPage(), url);
  } finally {
    await context.close();
  }
}

/** A context to measure in at `width` × 900. No service worker: it would fetch the whole site for offline reading while the page is measured. */
export function measuringContext(width: number, theme: 'light' | 'dark' = 'light'): BrowserContextOptions {
  return { viewport: { width, height: 900 }, colorScheme: theme, serviceWorkers: 'block' };
}

/** Load `url` in `page` (of a `measuringContext`, used for page after page) and measure every visible margin note. */
export async function measureNotesIn(page: Page, url: string): Promise<PageNotes> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return await page.evaluate(() => {
    const y = scrollY;
    const lineTopBefore = (ref: Element, paragraph: Element): number => {
      // The last glyph of text before the reference, in the same paragraph.
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      let last: Text | undefined;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (ref.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) break;
        if (!ref.contains(node) && /\S/.test(node.textContent ?? '')) last = node as Text;
      }
      if (!last) return paragraph.getBoundingClientRect().top;
      const end = (last.textContent ?? '').trimEnd().length;
      const range = document.createRange();
      range.setStart(last, end - 1);
      range.setEnd(last, end);
      return range.getBoundingClientRect().top;
    };
    const notes = [...document.querySelectorAll<HTMLElement>('.sidenote')]
      .filter((note) => note.offsetParent !== null)
      .map((note) => {
        const ref = document.getElementById(note.dataset['note']!.replace('fn-', 'fnref-'))!;
        const paragraph = ref.closest('p, li, h2, h3') ?? ref.parentElement!;
        const box = note.getBoundingClientRect();
        const lineTop = lineTopBefore(ref, paragraph) + y;
        return {
          label: ref.textContent ?? '',
          top: box.top + y,
          bottom: box.bottom + y,
          left: box.left,
          width: box.width,
          lineTop,
          drift: Math.abs(box.top + y - lineTop),
          textRight: paragraph.getBoundingClientRect().right,
        };
      });
    const list = document.querySelector('section[data-footnotes]');
    return {
      notes,
      textEnd: (list?.getBoundingClientRect().top ?? document.body.scrollHeight) + y,
      endnotes: document.querySelectorAll('section[data-footnotes] li').length,
    };
  });
}
