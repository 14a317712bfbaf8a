import { parseAnchorId } from '../contract/ids.ts';
import type { GlossaryMention } from '../integrations/rehype-glossary.ts';

/** Where an entry is marked: the section, and the paragraph or note holding its first mention there. */
export interface MentionLink {
  sectionId: string;
  sectionTitle: string;
  anchor: string;
  /** "¶ 3" or "note 23". */
  place: string;
}

/** "p3" → "¶ 3", "user-content-fn-23" → "note 23". */
export function describeAnchor(anchor: string): string {
  const named = parseAnchorId(anchor);
  if (!named) return anchor;
  return named.kind === 'paragraph' ? `¶ ${named.n}` : `note ${named.n}`;
}

/** The mentions recorded by rehype-glossary in each section's front matter, gathered by entry id. */
export function mentionsByEntry(
  sections: readonly { id: string; title: string; mentions: unknown }[],
): Map<string, MentionLink[]> {
  const byEntry = new Map<string, MentionLink[]>();
  for (const section of sections) {
    const mentions = Array.isArray(section.mentions) ? (section.mentions as GlossaryMention[]) : [];
    for (const { id, anchor } of mentions) {
      const list = byEntry.get(id) ?? [];
      list.push({ sectionId: section.id, sectionTitle: section.title, anchor, place: describeAnchor(anchor) });
      byEntry.set(id, list);
    }
  }
  return byEntry;
}
