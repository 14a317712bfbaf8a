/** URLs printed in the text: where each one is, and the address it stands for. */

export interface PrintedUrl {
  /** The address: as printed, with `https://` before a bare `www.`. */
  readonly url: string;
  /** Span of the URL as printed (UTF-16 offsets), without the punctuation that follows it. */
  readonly start: number;
  readonly end: number;
}

// Anything up to a space or a closing quote; parentheses only in balanced pairs (`/wiki/Foo_(bar)`).
const URL = /(?:https?:\/\/|www\.)(?:[^\s()»”]|\([^\s()»”]*\))+/giu;

/** Every URL in `text`, the sentence's punctuation after it left out. */
export function findPrintedUrls(text: string): PrintedUrl[] {
  return [...text.matchAll(URL)].flatMap((m) => {
    const printed = m[0].replace(/[.,:;!?]+$/, '');
    if (/^(?:https?:\/\/|www\.)$/i.test(printed)) return [];
    return [
      { url: /^www\./i.test(printed) ? `https://${printed}` : printed, start: m.index, end: m.index + printed.length },
    ];
  });
}
