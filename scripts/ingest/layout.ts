/** Stage 2: measure the page layout from line lengths, so later stages need no fixed widths. */
import type { SourceLine } from './preprocess.ts';

export interface Layout {
  /** Lines longer than this are set in the notes' smaller type, or are body lines glued together. */
  readonly noteThreshold: number;
  /** A full body line: a word "would have fit" when the line plus the word stays within it. */
  readonly bodyWidth: number;
  /** The usual length of a full body line, for estimating where glued lines were cut. */
  readonly bodyTypical: number;
  /** Heading and running-header lines are shorter than this. */
  readonly shortLine: number;
}

/** Finds the two line-length populations (body type, note type) with Otsu's threshold. */
export function measureLayout(lines: readonly SourceLine[]): Layout {
  const lengths = lines.map((l) => l.text.trim().length).filter((n) => n >= 40);
  // Lines far longer than any note are glued pairs; they would blur both populations.
  const sorted = [...lengths].sort((a, b) => a - b);
  const cap = (percentile(sorted, 0.5) || 80) * 1.6;
  const sample = sorted.filter((n) => n <= cap);
  const noteThreshold = otsu(sample);
  const body = sample.filter((n) => n <= noteThreshold);
  const bodyWidth = percentile(body, 0.98) || noteThreshold;
  return {
    noteThreshold,
    bodyWidth,
    bodyTypical: percentile(body, 0.5) || bodyWidth,
    shortLine: Math.round(bodyWidth * 0.75),
  };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** The threshold that best splits the values into two groups (maximal between-class variance). */
function otsu(values: readonly number[]): number {
  if (values.length === 0) return 100;
  // A loop, not Math.max(...values): spreading a large array overflows the call stack.
  const max = values.reduce((a, b) => (b > a ? b : a), 0);
  const histogram = new Array<number>(max + 1).fill(0);
  for (const v of values) histogram[v] = (histogram[v] ?? 0) + 1;
  const total = values.length;
  const sum = values.reduce((a, b) => a + b, 0);
  let best = max;
  let bestVariance = -1;
  let weightLow = 0;
  let sumLow = 0;
  for (let t = 0; t < max; t++) {
    weightLow += histogram[t] ?? 0;
    sumLow += t * (histogram[t] ?? 0);
    const weightHigh = total - weightLow;
    if (weightLow === 0 || weightHigh === 0) continue;
    const meanLow = sumLow / weightLow;
    const meanHigh = (sum - sumLow) / weightHigh;
    const variance = weightLow * weightHigh * (meanLow - meanHigh) ** 2;
    if (variance > bestVariance) {
      bestVariance = variance;
      best = t;
    }
  }
  return best;
}
