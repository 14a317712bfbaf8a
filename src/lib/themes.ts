import { themesFileSchema, type Theme } from '../contract/themes.ts';
import { editorialSet } from './editorial-sets.ts';

export { themeSchema, themesFileSchema } from '../contract/themes.ts';
export type { Theme } from '../contract/themes.ts';

/** A theme with its terms compiled to one regular expression per case rule. */
export interface ThemeMatcher {
  readonly theme: Theme;
  readonly patterns: readonly RegExp[];
}

/** Parses and validates one themes.yaml on its own; throws an EditorialError naming the file, line and theme. */
export function parseThemes(yamlText: string, file = 'content/themes.yaml'): Theme[] {
  return editorialSet({ sources: { [file]: yamlText }, seriesFile: file, schema: themesFileSchema, code: 'THEME' })
    .all()
    .map((s) => s.entry);
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
