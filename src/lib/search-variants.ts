/**
 * Spelling rules for search: how a reader's transliteration of a Persian, Arabic or Russian name
 * relates to the spelling the paper prints. Shared by the build (which groups the edition's own
 * spellings) and the search page (which maps a query word onto them), so both read one list.
 */

/** Lower case, accents folded, apostrophes dropped, hyphens and dashes read as spaces: "Nagorno-Karabakh" = "nagorno karabakh". */
export function normaliseForm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ]s(?!\p{L})/gu, '')
    .replace(/['’ʼ‘`]/g, '')
    .replace(/[-‐‑‒–—]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The reviewed rules, in the order they apply. Each line is one way the same sound is written
 * in the transliterations readers meet (English, French, German; scholarly and press usage).
 */
export const SPELLING_RULES: readonly (readonly [pattern: RegExp, replacement: string, why: string])[] = [
  [/tch/g, 'ch', 'French tch = ch (Russian ч)'],
  [/dzh|dj|zh|j/g, 'J', 'dzh / dj / zh / j (Russian ж, дж; Persian ج: Djavad = Javad)'],
  [
    /kh|gh|ch|ck|q|x|c|g|k/g,
    'K',
    'kh / gh / ch / q / x / c / g / k (Persian خ غ ق: Karabakh = Karabagh = Karabach, Qasem = Ghasem)',
  ],
  [/ph/g, 'f', 'ph = f'],
  [/w/g, 'v', 'w = v (Russian в: Lavrow = Lavrov)'],
  [/sch|sh/g, 'S', 'sch / sh (ш)'],
  [/th/g, 't', 'th = t'],
  [
    /[aeiouy]+/g,
    'a',
    'vowels: ou / o / u / oo, e / i, y / i (-ii, -iy, -y), aa / a all read as one vowel (Rouhani = Rohani, Yevgeny = Evgenii)',
  ],
  [/([a-zA-Z])\1+/g, '$1', 'doubled letters read as one (Mossadegh = Mosaddegh, Hassan = Hasan)'],
  [/(?<=.)h(?=a|$)/g, '', 'a silent h between vowels or at the end (Hezbollah = Hizballah = Hizbolla)'],
];

/** Words shorter than this are never matched by spelling rules: too many short words collide. */
export const MIN_VARIANT_LENGTH = 4;

/** The key under which two spellings of one name meet: `spellingKey("Rohani") === spellingKey("Rouhani")`. */
export function spellingKey(word: string): string {
  let key = normaliseForm(word).replace(/\s+/g, '');
  for (const [pattern, replacement] of SPELLING_RULES) key = key.replace(pattern, replacement);
  // Collapsing vowels can bring two equal letters together again ("Kaaba" → "KaKa" stays; "Assaad").
  return key.replace(/(.)\1+/g, '$1');
}

/** Levenshtein distance, for telling a variant from a different name and for "did you mean". */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/** How far apart two spellings of one name may be: a third of the word (Mossadeq → Mosaddegh: 3). */
export function variantDistance(word: string): number {
  return Math.max(1, Math.ceil(word.length / 3));
}
