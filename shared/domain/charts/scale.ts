/** Maps a domain linearly onto a range; a zero-width domain maps everything to the range's middle. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/** A "nice" step (1, 2, 2.5 or 5 × 10^k) giving at most about maxCount intervals over span. */
export function niceStep(span: number, maxCount: number): number {
  if (!(span > 0) || maxCount < 1) return 1;
  const raw = span / maxCount;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) {
    if (m * power >= raw) return m * power;
  }
  return 10 * power;
}

/** Round numbers covering [min, max]: the domain widened to whole steps, and the ticks on it. */
export function niceDomain(
  min: number,
  max: number,
  maxCount = 5,
): { domain: [number, number]; ticks: number[]; step: number } {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { domain: [0, 1], ticks: [0, 1], step: 1 };
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const step = niceStep(max - min, maxCount);
  const lo = Math.floor(min / step + 1e-9) * step;
  const hi = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return { domain: [lo, hi], ticks, step };
}

/** Rounds a pixel coordinate for compact, stable SVG output. */
export function px(value: number): number {
  return Math.round(value * 10) / 10;
}
