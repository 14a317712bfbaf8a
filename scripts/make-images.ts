/**
 * `node scripts/make-images.ts`: renders the social card (public/social.png, 1200×630) and the app
 * icon (public/icon-512.png) from the paper's metadata in headless Chromium. The PNGs are committed;
 * run this again only when the metadata or the design changes.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { parse } from 'yaml';
import { findChromium } from '../tests/e2e/support/browser.ts';

interface Meta {
  title: string;
  authors: { given: string; family: string }[];
  publisher: string;
  series: string;
  number: number;
}

const meta = parse(readFileSync('content/papers/russia-iran-partnership/paper.yaml', 'utf8')) as Meta;
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const author = meta.authors.map((a) => `${a.given} ${a.family}`).join(', ');

const card = `<!doctype html><html><body style="margin:0;width:1200px;height:630px;background:#faf9f7;font-family:Charter,'Bitstream Charter','DejaVu Serif',serif;color:#1c1917;display:flex;flex-direction:column;justify-content:space-between;padding:72px 88px;box-sizing:border-box;border-top:18px solid #7c2d12">
<div style="font:600 26px/1.2 'DejaVu Sans',sans-serif;letter-spacing:.08em;text-transform:uppercase;color:#7c2d12">${escape(meta.series)} No. ${meta.number} · ${escape(meta.publisher)}</div>
<div style="font-size:76px;line-height:1.08;font-weight:700">${escape(meta.title)}</div>
<div style="display:flex;justify-content:space-between;align-items:baseline;font-size:36px"><span>${escape(author)}</span><span style="font:500 26px 'DejaVu Sans',sans-serif;color:#57534e">Annotated reading edition</span></div>
</body></html>`;
const icon = `<!doctype html><html><body style="margin:0;width:512px;height:512px;background:#1c1917;display:flex;align-items:center;justify-content:center;font:700 320px 'DejaVu Serif',serif;color:#fafaf9">R</body></html>`;

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [html, width, height, path] of [
    [card, 1200, 630, 'public/social.png'],
    [icon, 512, 512, 'public/icon-512.png'],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.setContent(html);
    await page.screenshot({ path, type: 'png' });
    console.log(`wrote ${path}`);
  }
} finally {
  await browser.close();
}
