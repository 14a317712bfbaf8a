/** A generated section that does not compile stops the build with the paper's file and line and a code. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSections, paperSourceErrors } from '../../../src/integrations/paper-source-errors.ts';
import { paperSections, sourceDir } from '../../support/content.ts';

const work = mkdtempSync(join(tmpdir(), 'mdx-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SOURCE = [
  ' Introduction',
  '',
  'The partnership between the two states has grown over the last decade, and',
  'it now covers trade, energy and security in several regions at once. 1 Both',
  'governments describe it as strategic.',
].join('\n');

/** A paper folder of a series (`papers/broken/`): its source, and generated output that does not compile. */
function brokenPaper(): { papersDir: string; dir: string; sourceDir: string } {
  const papersDir = join(work, 'papers');
  const sourceDir = join(papersDir, 'broken');
  const dir = join(sourceDir, 'generated');
  mkdirSync(dir, { recursive: true });
  mkdirSync(sourceDir, { recursive: true });
  writeFileSync(join(sourceDir, 'source.txt'), SOURCE);
  // An unescaped `<` after “trade”: what an ingest bug would write.
  writeFileSync(
    join(dir, '01-introduction.mdx'),
    [
      '---',
      'title: Introduction',
      'source: source.txt',
      'sourceLines: [1, 5]',
      '---',
      '',
      'The partnership between the two states has grown over the last decade, and it now covers trade, <3 energy and security in several regions at once. Both governments describe it as strategic.',
      '',
    ].join('\n'),
  );
  return { papersDir, dir, sourceDir };
}

describe('build errors point at the paper', () => {
  it('names the source file and line of the text that does not compile, with a code', async () => {
    const { dir, sourceDir } = brokenPaper();
    const [error, ...rest] = await checkSections(dir, sourceDir);
    expect(rest).toEqual([]);
    expect(error?.code).toBe('MDX_COMPILE_ERROR');
    expect(error?.where).toBe(`${join(sourceDir, 'source.txt')}:4`);
    expect(error?.message).toMatch(/01-introduction\.mdx:7:\d+, section “Introduction”, source lines 1–5/);
  });

  it('stops the build with that message and no stack trace', async () => {
    const { papersDir } = brokenPaper();
    const logged: string[] = [];
    const logger = { error: (m: string) => logged.push(m) };
    const hook = paperSourceErrors({ papersDir }).hooks['astro:config:setup'] as unknown as (o: {
      logger: typeof logger;
    }) => Promise<void>;
    const thrown = await hook({ logger }).catch((e: Error) => e);
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).stack).not.toMatch(/^\s+at /m);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/broken\/source\.txt:4: error MDX_COMPILE_ERROR: /);
  });

  it('finds nothing wrong with the paper’s own sections', async () => {
    expect(await checkSections(paperSections(), sourceDir())).toEqual([]);
  }, 60_000);
});
