/**
 * Small numeric helpers shared by the voice analysis. Kept allocation-light because they run
 * over per-frame tracks of long recordings (a 10-minute answer has 120 000 5-ms blocks).
 */

/** The q-quantile (0..1) of values, by linear interpolation between order statistics. */
export function quantile(values: ArrayLike<number>, q: number): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  return quantileOfSorted(sorted, q);
}

/** As `quantile`, for values already sorted ascending. */
export function quantileOfSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const pos = Math.min(Math.max(q, 0), 1) * (n - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? 0;
  return a + (b - a) * (pos - lo);
}

export function mean(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i] ?? 0;
  return sum / n;
}

/** Population standard deviation (the spread of the frames we measured, not an estimate). */
export function standardDeviation(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const m = mean(values);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] ?? 0) - m;
    sum += d * d;
  }
  return Math.sqrt(sum / n);
}

/** Level in dB of a mean-square value, floored so digital silence stays finite. */
export function powerToDb(power: number): number {
  return 10 * Math.log10(power > 1e-12 ? power : 1e-12);
}

export function dbToPower(db: number): number {
  return Math.pow(10, db / 10);
}

/** Round for the public JSON: times to the millisecond, rates and levels to 1/100. */
export function round(value: number, decimals: number): number {
  const f = Math.pow(10, decimals);
  return Math.round(value * f) / f;
}
