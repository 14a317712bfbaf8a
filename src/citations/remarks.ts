/** One `key: value` line of a CSL item's `note` (Zotero's "Extra" convention). */
export interface Remark {
  readonly key: string;
  readonly value: string;
}

/** The lines of an item's `note` as key–value pairs, in order. */
export function remarks(item: { readonly note?: unknown }): Remark[] {
  const note = typeof item.note === 'string' ? item.note : '';
  return note
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const m = /^([\w-]+):\s*(.*)$/.exec(line);
      return m ? { key: m[1]!, value: m[2]! } : { key: '', value: line };
    });
}

/**
 * The English translation the paper prints after a title in another language. CSL-JSON has no
 * field for it, so the ingest keeps it in `note` as `translated-title: …`.
 */
export function translatedTitle(item: { readonly note?: unknown }): string | undefined {
  return remarks(item).find((r) => r.key === 'translated-title')?.value;
}
