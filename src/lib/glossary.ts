import { parse } from 'yaml';
import { z } from 'astro/zod';
import { normaliseForm } from './search-variants.ts';

export const glossaryKinds = [
  'organisation',
  'person',
  'place',
  'event',
  'agreement',
  'movement',
  'community',
] as const;

const textForm = z.string().trim().min(2);

/** One editors' note of content/glossary.yaml. */
export const glossaryEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id'),
  term: z.string().min(1),
  kind: z.enum(glossaryKinds),
  aliases: z.array(textForm).min(1),
  exclude: z.array(textForm).default([]),
  /** Other spellings readers type (transliterations, older or foreign forms): search finds the entry's mentions by them; they mark nothing. */
  variants: z.array(textForm).default([]),
  text: z
    .string()
    .min(40)
    .max(700, 'an editors’ note is two or three short sentences')
    .transform((t) => t.replace(/\s+/g, ' ').trim()),
});

/** Schema of content/glossary.yaml: a list of entries with unique ids and unambiguous aliases. */
export const glossarySchema = z.array(glossaryEntrySchema).superRefine((entries, ctx) => {
  const ids = new Set<string>();
  const aliases = new Map<string, string>();
  entries.forEach((entry, index) => {
    if (ids.has(entry.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id “${entry.id}”` });
    ids.add(entry.id);
    for (const alias of entry.aliases) {
      const owner = aliases.get(alias);
      if (owner) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'aliases'],
          message: `“${alias}” is already an alias of ${owner}`,
        });
      }
      aliases.set(alias, entry.id);
    }
  });
  // Search reads aliases and variants as one name, whatever the case or hyphenation: each form must name one entry.
  const forms = new Map<string, string>();
  entries.forEach((entry, index) => {
    for (const form of [...entry.aliases, ...entry.variants]) {
      const key = normaliseForm(form);
      const owner = forms.get(key);
      if (owner && owner !== entry.id) {
        ctx.addIssue({ code: 'custom', path: [index, 'variants'], message: `“${form}” also names ${owner}` });
      }
      forms.set(key, entry.id);
    }
    for (const variant of entry.variants) {
      if (entry.aliases.includes(variant)) {
        ctx.addIssue({ code: 'custom', path: [index, 'variants'], message: `“${variant}” is already an alias` });
      }
    }
  });
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type GlossaryKind = GlossaryEntry['kind'];

/** Parse and validate the text of content/glossary.yaml; throws with the failing entries. */
export function parseGlossary(yamlText: string): GlossaryEntry[] {
  const result = glossarySchema.safeParse(parse(yamlText));
  if (!result.success) {
    throw new Error(`content/glossary.yaml is invalid — fix these entries:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** A mention found in a text: which entry, and where (UTF-16 offsets). */
export interface Mention {
  id: string;
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Word boundaries that know letters beyond ASCII (“Taleban’s”, “Nagorno-Karabakh”).
const bounded = (forms: readonly string[]) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...forms]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );

/**
 * A function that finds every mention of the glossary's entries in a text, left to right;
 * where two aliases overlap, the longer wins ("Islamic Revolutionary Guard Corps", not "Revolutionary Guard").
 */
export function mentionFinder(entries: readonly GlossaryEntry[]): (text: string) => Mention[] {
  const owner = new Map<string, string>();
  for (const entry of entries) for (const alias of entry.aliases) owner.set(alias, entry.id);
  const aliasPattern = bounded([...owner.keys()]);
  const excluded = entries.flatMap((entry) => entry.exclude);
  const excludePattern = excluded.length > 0 ? bounded(excluded) : undefined;

  return (text) => {
    const blocked = excludePattern
      ? [...text.matchAll(excludePattern)].map((m) => [m.index, m.index + m[0].length])
      : [];
    const mentions: Mention[] = [];
    for (const match of text.matchAll(aliasPattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (blocked.some(([from, to]) => start < to! && end > from!)) continue;
      mentions.push({ id: owner.get(match[0])!, start, end });
    }
    return mentions;
  };
}
