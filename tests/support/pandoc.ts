/** pandoc (Debian's) as an independent reader of our bibliography files: its CSL-JSON and its warnings. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CslItem } from '../../src/contract/index.ts';

/** Whether a pandoc binary is on the PATH. */
export function hasPandoc(): boolean {
  try {
    execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** `pandoc -f <format> -t csljson` of `text`: the items and whatever pandoc printed on stderr. */
export function pandocCsl(
  text: string,
  format: 'biblatex' | 'bibtex' | 'csljson',
): { items: Record<string, unknown>[]; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pandoc-'));
  try {
    const file = join(dir, `input.${format === 'csljson' ? 'json' : 'bib'}`);
    writeFileSync(file, text);
    const run = spawnSync('pandoc', ['--verbose', '-f', format, '-t', 'csljson', file], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`pandoc failed: ${run.stderr}`);
    return { items: JSON.parse(run.stdout) as Record<string, unknown>[], stderr: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pandoc has no CSL type but webpage for biblatex's @online: a post, a blog post, a document, a chart. */
const onlineTypes = new Set(['webpage', 'post', 'post-weblog', 'document', 'graphic']);

// ISO 8601-2 seasons, which biblatex writes as months 21–24 and CSL reads as seasons.
const SEASON_CODES: Record<string, number> = { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 };

/** What pandoc should give for `item` (read from our BibTeX or biblatex), in pandoc's own CSL shape. */
export function pandocExpected(item: CslItem): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === 'type') out[key] = onlineTypes.has(item.type) ? 'webpage' : value;
    else if (key === 'container-title' && onlineTypes.has(item.type)) out['publisher'] = value;
    else if (key === 'language') {
      // `langid` (babel) comes back as a BCP 47 tag with its region; transliterated Persian has none.
      if (value === 'fr') out[key] = 'fr-FR';
    } else if (key === 'note') out[key] = straightApostrophe(String(value).split('\n').join('; '));
    else if (key === 'issued') {
      const date = value as NonNullable<CslItem['issued']>;
      const year = date['date-parts']![0]![0]!;
      out[key] = date.season
        ? {
            'date-parts': String(date.season)
              .toLowerCase()
              .split('-')
              .map((s) => [year, SEASON_CODES[s]]),
          }
        : { 'date-parts': date['date-parts'] };
    } else out[key] = typeof value === 'string' ? straightApostrophe(value) : value;
  }
  return out;
}

/** TeX (and pandoc reading it) print a straight apostrophe as ’: no BibTeX notation keeps it in both (README). */
function straightApostrophe(text: string): string {
  return text.replace(/'/g, '’');
}
