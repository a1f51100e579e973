export interface BenchFigure {
  metric: string;
  value: number;
  unit: string;
  /** Human-readable target, e.g. "≤ 150". */
  target?: string;
  /** Whether the figure meets its target; omitted when there is none. */
  pass?: boolean;
}

export interface BenchModule {
  name: string;
  run(): Promise<BenchFigure[]>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function atMost(metric: string, value: number, unit: string, limit: number): BenchFigure {
  return { metric, value: round(value), unit, target: `≤ ${limit}`, pass: value <= limit };
}
