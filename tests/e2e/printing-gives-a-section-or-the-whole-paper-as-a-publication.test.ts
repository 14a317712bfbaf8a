import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { paperPath, sectionPath } from './support/paths.ts';

const run = promisify(execFile);
let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), 'print-'));
});
afterAll(async () => {
  await browser.close();
  await rm(dir, { recursive: true });
});

/** Print `path` to PDF as a reader's browser would (with scripts on), and read its text back with pdftotext. */
async function printToText(path: string): Promise<{ text: string; pages: number; pdf: string }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(new URL(path.replace(/^\//, ''), inject('baseUrl')).href, { waitUntil: 'networkidle' });
    const pdf = join(dir, `${path.replace(/\W+/g, '-') || 'home'}.pdf`);
    await writeFile(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const { stdout } = await run('pdftotext', ['-layout', pdf, '-']);
    const { stdout: info } = await run('pdfinfo', [pdf]);
    return { text: stdout.replace(/[ \t]+/g, ' '), pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), pdf };
  } finally {
    await context.close();
  }
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

  // A look at the first page, for whoever runs this: .tmp/ is not kept.
  await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, join(dir, 'section')]);
  expect((await readdir(dir)).filter((f) => f.startsWith('section') && f.endsWith('.png'))).toHaveLength(2);
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
