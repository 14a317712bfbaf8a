/** What Zotero's RIS import (tests/support/ris-reader.ts, then `toCsl`) should give back for a CSL item of ours. */
import { expect } from 'vitest';
import type { CslItem } from '../../src/contract/index.ts';

/** The CSL type Zotero gives back, where RIS has no type for ours (the README says why). */
const typeAfterZotero: Record<string, string> = { post: 'webpage', document: 'report' };

/** Fields Zotero cannot keep from any RIS tag, per CSL type, with the reason. */
const lost: Record<string, Record<string, string>> = {
  // Zotero's artwork (CSL graphic) has no field for the site that publishes a chart.
  graphic: { 'container-title': 'artwork has no publication field' },
};

/** The RIS tags Zotero drops for `item`, by the table of losses. */
export function risDroppedTags(item: CslItem): string[] {
  return lost[item.type]?.['container-title'] ? ['T2'] : [];
}

/** What the CSL data says, in the form Zotero's CSL mapping gives back. */
export function zoteroExpected(item: CslItem): Record<string, unknown> {
  const out: Record<string, unknown> = { type: typeAfterZotero[item.type] ?? item.type };
  for (const [key, value] of Object.entries(item)) {
    if (['id', 'type', 'note'].includes(key) || lost[item.type]?.[key]) continue;
    if (key === 'issued') {
      const date = value as NonNullable<CslItem['issued']>;
      const parts = date['date-parts'] ?? [];
      // A season or a range is kept as printed text (RIS.js leaves a DA it cannot parse as it is).
      out[key] = date.season || parts.length > 1 ? { raw: expect.stringContaining(String(parts[0]![0])) } : date;
    } else if (key === 'page') out[key] = String(value).replace('–', '-');
    else if (['author', 'editor', 'translator'].includes(key)) out[key] = names(value);
    else out[key] = value;
  }
  return out;
}

// RIS.js splits a name at its first comma (family, given): an organisation's name holding a
// comma becomes a person's; initials printed without a family name come back with an empty one.
function names(list: unknown) {
  return (list as { literal?: string; family?: string; given?: string }[]).map((n) => {
    if (n.literal?.includes(','))
      return { family: n.literal.split(/\s*,\s*/)[0], given: n.literal.replace(/^[^,]*,\s*/, '') };
    return n.given && n.family === undefined ? { family: '', given: n.given } : n;
  });
}
