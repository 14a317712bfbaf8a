import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { paperPath, sectionPath } from './support/paths.ts';
import { pdfImages, pdfPageCount, pdfText, printout } from './support/print.ts';
import { useBrowser } from './support/shared-browser.ts';

const browser = useBrowser();

/** Print `path` to PDF as a reader's browser would (with scripts on), and read its text back with pdftotext. */
async function printToText(path: string): Promise<{ text: string; pages: number; pdf: string }> {
  const { pdf } = await printout(browser(), path);
  const text = await pdfText(pdf, { layout: true });
  return { text: text.replace(/[ \t]+/g, ' '), pages: await pdfPageCount(pdf), pdf };
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

test('a printed section has a title block, its text, its notes as endnotes and link addresses, and no screen furniture', async () => {
  const { text, pages, pdf } = await printToText(sectionPath('iran-and-russia-the-syrian-question'));
  const flat = squash(text);
  // Title block: paper, author, section.
  expect(flat).toContain('The Russia-Iran Partnership in a Multipolar World');
  expect(flat).toContain('Clément Therme');
  expect(flat).toContain('Iran and Russia: the Syrian question');
  // The page's own (canonical) address, where this copy came from.
  expect(flat).toMatch(/https?:\/\/\S+\/iran-and-russia-the-syrian-question\//);
  // The text, then its notes after it.
  const body = flat.indexOf('In view of the military inter-dependence');
  const notes = flat.indexOf('Notes', body);
  expect(body).toBeGreaterThan(0);
  expect(notes).toBeGreaterThan(body);
  expect(flat.indexOf('Qassem Soleimani and Iran’s Unique Regional Strategy')).toBeGreaterThan(notes);
  // Addresses of links are on paper (autolinks print as the address they are).
  expect(flat).toContain('https://ctc.usma.edu');
  // Nothing of the screen: navigation, buttons, the ¶ menu, the sidenotes' second copy.
  for (const chrome of [
    'Skip to content',
    'Copy link',
    'Dark theme',
    'Previous section',
    'Next section',
    'Back to the contents',
    '¶',
  ]) {
    expect(flat).not.toContain(chrome);
  }
  expect(flat.split('Qassem Soleimani and Iran’s Unique Regional Strategy').length - 1).toBe(1);
  // Page numbers from the @page margin boxes.
  expect(pages).toBeGreaterThan(1);
  // (pdftotext may drop the spaces around the slash.)
  expect(text).toMatch(new RegExp(`\\b1 ?/ ?${pages}\\b`));

  // A look at the first pages, for whoever runs this: the run's folder is not kept.
  await pdfImages(pdf, join(dirname(pdf), 'section'), 1, 2);
  expect((await readdir(dirname(pdf))).filter((f) => f.startsWith('section') && f.endsWith('.png'))).toHaveLength(2);
});

test('/print/ holds the whole paper: title block, every section in order with its notes', async () => {
  const { text } = await printToText(paperPath('/print/'));
  const flat = squash(text);
  expect(flat).toContain('The Russia-Iran Partnership in a Multipolar World');
  expect(flat).toContain('Clément Therme');
  expect(flat).toMatch(/https?:\/\/\S+\/print\//);
  const titles = [
    'Executive Summary',
    'Introduction',
    'Iran and Russia: the Syrian question',
    'The Afghan Challenge',
    'Conclusion',
  ];
  const positions = titles.map((t) => flat.indexOf(t));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  // Notes from the first and the last section that has them.
  expect(flat).toContain('Qassem Soleimani and Iran’s Unique Regional Strategy');
  expect(flat).not.toContain('Copy link');
});
