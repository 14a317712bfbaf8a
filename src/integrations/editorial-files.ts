import type { AstroIntegration } from 'astro';
import { formatProblem, type EditorialProblem } from '../lib/editorial-file.ts';
import { glossarySet, themeSet } from '../lib/editorial-data.ts';

/**
 * Stops `astro build` / `astro dev` before anything compiles when an editors' file (content/glossary.yaml,
 * content/themes.yaml, a paper's own glossary.yaml or themes.yaml) is invalid or clashes with another:
 * every problem with its file, line and code, and no stack trace.
 */
export function editorialFiles(
  sets: { problems: readonly EditorialProblem[] }[] = [glossarySet, themeSet],
): AstroIntegration {
  return {
    name: 'editorial-files',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const problems = sets.flatMap((s) => s.problems);
        if (problems.length === 0) return;
        for (const p of problems) logger.error(formatProblem(p));
        const stop = new Error(`${problems.length} problem(s) in the editors' files: see the messages above`);
        // The messages above say where; a stack trace of this hook would only hide them.
        stop.stack = stop.message;
        throw stop;
      },
    },
  };
}
