/**
 * Build errors that point at the paper: before Astro compiles the generated sections, each one is
 * compiled here with MDX; a section that does not compile stops the build with the source file and
 * line of the paper (from its front matter `source` and `sourceLines`) and a code, not a stack trace.
 */
import { compile } from '@mdx-js/mdx';
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import { parse } from 'yaml';
import { listPaperFolders, PAPERS_DIR } from '../../scripts/ingest/paper-folders.ts';
import { sectionFrontMatterObject } from '../contract/index.ts';

export interface SectionError {
  readonly code: 'MDX_COMPILE_ERROR';
  /** `content/papers/<id>/source.txt:123`: where the paper printed the text that does not compile. */
  readonly where: string;
  readonly message: string;
}

/** What the message needs of the section's front matter, each field optional: the section is broken somewhere. */
const frontMatterHints = sectionFrontMatterObject
  .pick({ title: true, source: true, sourceLines: true })
  .partial()
  .loose();

/** The last word of four letters or more before `column` on `line`: what to look for in the source. */
function wordBefore(line: string, column: number): string | undefined {
  return line
    .slice(Math.max(0, column - 80), Math.max(0, column - 1))
    .replace(/\\(.)/g, '$1')
    .match(/\p{L}{4,}/gu)
    ?.at(-1);
}

/** Compiles one generated section; on failure, says where in the paper the text comes from. */
export async function checkSection(file: string, mdx: string, sourceDir: string): Promise<SectionError | undefined> {
  try {
    await compile({ path: file, value: mdx }, { remarkPlugins: [remarkGfm] });
    return undefined;
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    const front = frontMatterHints.safeParse(parse(/^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '')).data ?? {};
    const [first = 1, last = first] = front.sourceLines ?? [];
    const sourcePath = front.source ? join(sourceDir, front.source) : undefined;
    let line = first;
    const word = e.line ? wordBefore(mdx.split('\n')[e.line - 1] ?? '', e.column ?? 1) : undefined;
    if (sourcePath && existsSync(sourcePath) && word) {
      const lines = readFileSync(sourcePath, 'utf8').split(/\r\n?|\n/);
      const found = lines.slice(first - 1, last).findIndex((l) => l.includes(word));
      if (found >= 0) line = first + found;
    }
    const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0];
    return {
      code: 'MDX_COMPILE_ERROR',
      where: `${sourcePath ?? front.source ?? file}:${line}`,
      message: `${reason} (in ${file}${e.line ? `:${e.line}:${e.column ?? 1}` : ''}, section “${front.title ?? '?'}”, source lines ${first}–${last}); fix the ingest or the source, then run npm run ingest`,
    };
  }
}

/** Every generated section of `dir` that does not compile. */
export async function checkSections(dir: string, sourceDir: string): Promise<SectionError[]> {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
  const results = await Promise.all(
    files.map((f) => checkSection(join(dir, f), readFileSync(join(dir, f), 'utf8'), sourceDir)),
  );
  return results.filter((r): r is SectionError => r !== undefined);
}

/** `paper.txt:123: error MDX_COMPILE_ERROR: …`, the format of the ingest's own messages. */
export function formatSectionError(e: SectionError): string {
  return `${e.where}: error ${e.code}: ${e.message}`;
}

/** Stops `astro build` / `astro dev` with the paper's file and line when a section does not compile. */
export function paperSourceErrors(options: { papersDir?: string } = {}): AstroIntegration {
  return {
    name: 'paper-source-errors',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        const papers = listPaperFolders(options.papersDir ?? PAPERS_DIR);
        const errors = (await Promise.all(papers.map((p) => checkSections(p.generated, p.dir)))).flat();
        if (errors.length === 0) return;
        for (const e of errors) logger.error(formatSectionError(e));
        const stop = new Error(`${errors.length} generated section(s) do not compile: see the messages above`);
        // The messages above say where; a stack trace of this hook would only hide them.
        stop.stack = stop.message;
        throw stop;
      },
    },
  };
}
