// The official CSL styles shipped in vendor/csl/ (Chicago 18th author-date, APA 7th) and the
// current en-US locale, given to citation-js's CSL processor (citeproc-js). Its own bundled
// locale is older ("Tran." for a translator).
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import apaCsl from '../../vendor/csl/apa.csl?raw';
import chicagoCsl from '../../vendor/csl/chicago-author-date.csl?raw';
import enUsLocale from '../../vendor/csl/locales-en-US.xml?raw';
import type { PaperItem } from '../contract/index.ts';

/** The styles the edition formats with. */
export type CitationStyle = 'apa' | 'chicago';

interface Registry {
  add(name: string, xml: string): void;
  has(name: string): boolean;
}

const templateNames: Readonly<Record<CitationStyle, string>> = { apa: 'apa-7th', chicago: 'chicago-author-date-18th' };

const csl = plugins.config.get('@csl') as { templates: Registry; locales: Registry };
if (!csl.templates.has(templateNames.apa)) csl.templates.add(templateNames.apa, apaCsl);
if (!csl.templates.has(templateNames.chicago)) csl.templates.add(templateNames.chicago, chicagoCsl);
csl.locales.add('en-US', enUsLocale);

/** A formatted bibliography entry: its item's id and its HTML, without the wrapping `<div>`s. */
export interface FormattedEntry {
  readonly id: string;
  readonly html: string;
}

/** Every item's bibliography entry in `style` (sources, or the paper), in the style's order, as HTML. */
export function formatEntries(items: readonly PaperItem[], style: CitationStyle): FormattedEntry[] {
  const html = new Cite(items).format('bibliography', {
    format: 'html',
    template: templateNames[style],
    lang: 'en-US',
  });
  return [...html.matchAll(/<div data-csl-entry-id="([^"]*)" class="csl-entry">([\s\S]*?)<\/div>\n/g)].map((m) => ({
    id: m[1]!,
    html: m[2]!.trim(),
  }));
}

/** One item's entry in `style`, as plain text. */
export function formatText(item: PaperItem, style: CitationStyle): string {
  return new Cite(item)
    .format('bibliography', { format: 'text', template: templateNames[style], lang: 'en-US' })
    .trim();
}

/** The in-text citation of `item` in `style` at a locator (`{ label: 'paragraph', locator: '3' }`), as plain text. */
export function formatCitation(item: PaperItem, style: CitationStyle, at: { label: string; locator: string }): string {
  return new Cite(item)
    .format('citation', {
      format: 'text',
      template: templateNames[style],
      lang: 'en-US',
      entry: [{ id: item.id, ...at }],
    })
    .trim();
}
