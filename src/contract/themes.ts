/**
 * themes.yaml: the editors' themes. content/themes.yaml holds the series-wide ones, which apply to every
 * paper; content/papers/<id>/themes.yaml (optional) a paper's own, which apply to that paper only (its
 * theme pages, its passages' marks and search filters). Both files have this format. Across the series
 * an id names one theme: src/lib/theme-sets.ts checks that.
 */
import { z } from 'astro/zod';

/** One theme. A passage (paragraph or note) belongs to it when its text contains one of the terms. */
export const themeSchema = z.object({
  /** Lower-case words joined by hyphens; the theme's page (`/<paper>/themes/<id>/`) and its search filter. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens'),
  /** The theme's full name, the heading of its page and its search filter's label. */
  name: z.string().min(1),
  /** The short name shown beside passages. */
  label: z.string().min(1),
  /** One or two sentences, shown on the theme's page and in the list of themes. */
  description: z.string().min(1),
  /**
   * The terms that mark a passage, at least one: whole words; case is ignored unless the term has a
   * capital after its first letter (`IRGC`, `JCPOA` match only so); a trailing `*` matches any ending.
   */
  terms: z.array(z.string().min(1)).min(1),
});

/** A themes.yaml: a list of themes, at least one (a paper with none of its own has no file). */
export const themesFileSchema = z.array(themeSchema).min(1);

export type Theme = z.infer<typeof themeSchema>;
