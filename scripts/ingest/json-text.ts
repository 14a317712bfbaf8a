/** JSON for committed files, printed as Prettier prints it, so that `prettier --check` passes on them. */

const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const NUMBERS = new RegExp(String.raw`\[\s*((?:${NUMBER},\s*)*${NUMBER})\s*\]`, 'g');
const ARRAYS_OF_NUMBERS = /\[\s*((?:\[[^[\]\n]*\],\s*)*\[[^[\]\n]*\])\s*\]/g;

/** `JSON.stringify(value, null, 2)` with short arrays of numbers (`"date-parts": [[2021, 8, 4]]`) on one line. */
export function toJsonText(value: unknown): string {
  const text = JSON.stringify(value, null, 2)
    .replace(NUMBERS, (_, items: string) => `[${items.split(/,\s*/).join(', ')}]`)
    // Prettier keeps several arrays of two or more numbers one per line (`[[2019, 1], [2019, 2]]` breaks).
    .replace(ARRAYS_OF_NUMBERS, (all: string, items: string) => {
      const inner = items.split(/\],\s*\[/);
      return inner.length > 1 && inner.some((i) => i.includes(',')) ? all : `[${inner.join('], [')}]`;
    });
  return `${text}\n`;
}
