import { dayFromNumber, dayNumber } from '../reports/day-math';
import { linearScale, niceDomain, px } from './scale';
import { dayTicks } from './time-axis';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DatedValue {
  /** The day the value belongs to (a bucket's first day). */
  day: string;
  value: number | null;
  /** How much the point stands for (answers); sizes dots. */
  weight?: number;
}

export interface LineSeriesInput {
  /** Names the series' colour: CSS class in the app, palette key in the PDF. */
  key: string;
  label: string;
  values: readonly DatedValue[];
  /** 'line' joins values (breaking at nulls); 'dots' draws each value; 'both' does both. */
  style: 'line' | 'dots' | 'both';
}

export interface LineChartInput {
  width: number;
  height: number;
  /** The dates the x axis spans (values outside widen it). */
  from: string;
  to: string;
  series: readonly LineSeriesInput[];
  /** A fixed y range (scores: 0–100); otherwise a nice range around the data. */
  yRange?: readonly [number, number];
  /** A shaded target band, e.g. the comfortable speaking pace. */
  band?: { from: number; to: number; label: string };
  yLabel?: string;
  maxXTicks?: number;
}

export interface ChartTick {
  /** Pixel position along its axis. */
  at: number;
  label: string;
}

export interface LinePoint {
  cx: number;
  cy: number;
  r: number;
  day: string;
  value: number;
}

export interface LineSeriesModel {
  key: string;
  label: string;
  style: LineSeriesInput['style'];
  /** SVG path data; empty when the series has fewer than two joined values. */
  path: string;
  points: LinePoint[];
}

export interface LineChartModel {
  kind: 'line';
  width: number;
  height: number;
  plot: Rect;
  xTicks: ChartTick[];
  yTicks: ChartTick[];
  series: LineSeriesModel[];
  band: (Rect & { label: string }) | null;
  yLabel: string | null;
}

const MARGIN = { top: 12, right: 14, bottom: 26, left: 38 };

function dotRadius(weight: number | undefined, maxWeight: number): number {
  if (weight === undefined || maxWeight <= 0) return 3.5;
  return px(3 + 4 * Math.sqrt(Math.max(0, weight) / maxWeight));
}

/** Geometry of a dated line/dot chart: data in, pixels and path strings out. */
export function lineChartModel(input: LineChartInput): LineChartModel {
  const plot: Rect = {
    x: MARGIN.left,
    y: MARGIN.top,
    width: Math.max(10, input.width - MARGIN.left - MARGIN.right),
    height: Math.max(10, input.height - MARGIN.top - MARGIN.bottom),
  };
  const all = input.series.flatMap((s) => s.values);
  const numbers = all.map((v) => v.value).filter((v): v is number => v !== null);
  const days = all.map((v) => dayNumber(v.day));
  const x0 = Math.min(dayNumber(input.from), ...days);
  const x1 = Math.max(dayNumber(input.to), ...days);

  let yDomain: [number, number];
  let yTickValues: number[];
  if (input.yRange) {
    yDomain = [input.yRange[0], input.yRange[1]];
    yTickValues = niceDomain(yDomain[0], yDomain[1], 4).ticks.filter((t) => t >= yDomain[0] && t <= yDomain[1]);
  } else {
    const withBand = input.band ? [...numbers, input.band.from, input.band.to] : numbers;
    const nice = niceDomain(
      withBand.length ? Math.min(...withBand) : 0,
      withBand.length ? Math.max(...withBand) : 1,
      4,
    );
    yDomain = nice.domain;
    yTickValues = nice.ticks;
  }
  // A single day still gets some width so its point sits mid-plot rather than on the axis.
  const x = linearScale(x1 === x0 ? [x0 - 1, x1 + 1] : [x0, x1], [plot.x, plot.x + plot.width]);
  const y = linearScale(yDomain, [plot.y + plot.height, plot.y]);
  const maxWeight = Math.max(0, ...all.map((v) => v.weight ?? 0));

  const series = input.series.map((s): LineSeriesModel => {
    const sorted = [...s.values].sort((a, b) => (a.day < b.day ? -1 : 1));
    const points: LinePoint[] = [];
    let path = '';
    let run = 0;
    let segments = 0;
    for (const v of sorted) {
      if (v.value === null) {
        run = 0;
        continue;
      }
      const cx = px(x(dayNumber(v.day)));
      const cy = px(y(v.value));
      points.push({ cx, cy, r: dotRadius(v.weight, maxWeight), day: v.day, value: v.value });
      path += `${run === 0 ? 'M' : 'L'}${cx} ${cy}`;
      if (run > 0) segments++;
      run++;
    }
    return { key: s.key, label: s.label, style: s.style, path: s.style !== 'dots' && segments > 0 ? path : '', points };
  });

  let band: LineChartModel['band'] = null;
  if (input.band) {
    const top = y(Math.min(yDomain[1], Math.max(input.band.from, input.band.to)));
    const bottom = y(Math.max(yDomain[0], Math.min(input.band.from, input.band.to)));
    band = { x: plot.x, y: px(top), width: plot.width, height: px(Math.max(0, bottom - top)), label: input.band.label };
  }

  const ticksX = dayTicks(
    x1 === x0 ? input.from : dayFromNumber(x0),
    dayFromNumber(x1),
    input.maxXTicks ?? Math.max(2, Math.floor(plot.width / 80)),
  );
  return {
    kind: 'line',
    width: input.width,
    height: input.height,
    plot,
    xTicks: ticksX.map((t) => ({ at: px(x(dayNumber(t.day))), label: t.label })),
    yTicks: yTickValues.map((v) => ({ at: px(y(v)), label: formatTick(v) })),
    series,
    band,
    yLabel: input.yLabel ?? null,
  };
}

function formatTick(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}
