import { parse } from 'yaml';
import { z } from 'astro/zod';

/** A theme of content/themes.yaml. */
export const themeSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens'),
  name: z.string().min(1),
  /** Short name shown beside passages. */
  label: z.string().min(1),
  description: z.string().min(1),
  terms: z.array(z.string().min(1)).min(1),
});

export const themesSchema = z.array(themeSchema).min(1);

export type Theme = z.infer<typeof themeSchema>;

/** A theme with its terms compiled to one regular expression per case rule. */
export interface ThemeMatcher {
  readonly theme: Theme;
  readonly patterns: readonly RegExp[];
}

/** Parses and validates themes.yaml; throws a message naming the theme and field at fault. */
export function parseThemes(yamlText: string): Theme[] {
  const result = themesSchema.safeParse(parse(yamlText));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`content/themes.yaml: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const ids = new Set<string>();
  for (const t of result.data) {
    if (ids.has(t.id)) throw new Error(`content/themes.yaml: theme id “${t.id}” appears twice`);
    ids.add(t.id);
  }
  return result.data;
}

/** Capitals after the first letter mark an acronym or a proper name: match those terms case-sensitively. */
function isCaseSensitive(term: string): boolean {
  return /\p{Lu}/u.test(term.slice(1));
}

function termSource(term: string): string {
  const wildcard = term.endsWith('*');
  const body = (wildcard ? term.slice(0, -1) : term)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/[-‐–]/g, '[-‐–]')
    .replace(/ /g, '\\s+');
  return `(?<![\\p{L}\\p{N}])${body}${wildcard ? '[\\p{L}\\p{N}-]*' : ''}(?![\\p{L}\\p{N}])`;
}

/** Compiles each theme's terms into (at most) two regular expressions. */
export function compileThemes(themes: readonly Theme[]): ThemeMatcher[] {
  return themes.map((theme) => {
    const exact = theme.terms.filter(isCaseSensitive).map(termSource);
    const loose = theme.terms.filter((t) => !isCaseSensitive(t)).map(termSource);
    const patterns = [
      ...(exact.length > 0 ? [new RegExp(exact.join('|'), 'u')] : []),
      ...(loose.length > 0 ? [new RegExp(loose.join('|'), 'iu')] : []),
    ];
    return { theme, patterns };
  });
}

/** The ids of the themes a passage belongs to, in the order of themes.yaml. */
export function themesOf(text: string, matchers: readonly ThemeMatcher[]): string[] {
  return matchers.filter((m) => m.patterns.some((p) => p.test(text))).map((m) => m.theme.id);
}
