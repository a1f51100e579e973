import type { ChartTick, Rect } from './line-chart';
import { linearScale, px } from './scale';

export interface BarRowInput {
  key: string;
  label: string;
  /** null: nothing to draw yet (the row still shows, with its note). */
  value: number | null;
  /** A second reading drawn as a tick on the bar, e.g. the last 30 days' average. */
  marker?: number | null;
  /** Text at the end of the row, e.g. "12 answers". */
  note?: string;
  /** Colour band of the bar: 'good' | 'ok' | 'weak'. */
  tone?: string;
}

export interface BarChartInput {
  width: number;
  rows: readonly BarRowInput[];
  domain?: readonly [number, number];
  rowHeight?: number;
  labelWidth?: number;
  noteWidth?: number;
}

export interface BarRowModel {
  key: string;
  label: string;
  value: number | null;
  tone: string | null;
  /** Baseline of the row's label text. */
  textY: number;
  bar: Rect | null;
  /** Full-width track behind the bar. */
  track: Rect;
  marker: { x: number; y1: number; y2: number } | null;
  valueLabel: { x: number; text: string } | null;
  note: { x: number; text: string } | null;
}

export interface BarChartModel {
  kind: 'bar';
  width: number;
  height: number;
  plot: Rect;
  xTicks: ChartTick[];
  rows: BarRowModel[];
}

/** Horizontal bars on a fixed scale (scores 0–100), one row per item, label left, note right. */
export function barChartModel(input: BarChartInput): BarChartModel {
  const rowHeight = input.rowHeight ?? 26;
  const labelWidth = input.labelWidth ?? 150;
  const noteWidth = input.noteWidth ?? 92;
  const domain = input.domain ?? [0, 100];
  const top = 4;
  const plot: Rect = {
    x: labelWidth,
    y: top,
    width: Math.max(20, input.width - labelWidth - noteWidth),
    height: rowHeight * input.rows.length,
  };
  const x = linearScale(domain, [plot.x, plot.x + plot.width]);
  const barHeight = Math.round(rowHeight * 0.5);
  const rows = input.rows.map((row, i): BarRowModel => {
    const rowTop = top + i * rowHeight;
    const barY = rowTop + (rowHeight - barHeight) / 2;
    const track = { x: plot.x, y: px(barY), width: plot.width, height: barHeight };
    const clamp = (v: number) => Math.min(domain[1], Math.max(domain[0], v));
    const bar =
      row.value === null
        ? null
        : { x: plot.x, y: px(barY), width: px(Math.max(1, x(clamp(row.value)) - plot.x)), height: barHeight };
    const marker =
      row.marker === null || row.marker === undefined
        ? null
        : { x: px(x(clamp(row.marker))), y1: px(barY - 3), y2: px(barY + barHeight + 3) };
    return {
      key: row.key,
      label: row.label,
      value: row.value,
      tone: row.tone ?? null,
      textY: px(rowTop + rowHeight / 2 + 4),
      bar,
      track,
      marker,
      valueLabel: row.value === null ? null : { x: px(plot.x + plot.width + 8), text: String(Math.round(row.value)) },
      note: row.note ? { x: px(plot.x + plot.width + (row.value === null ? 8 : 36)), text: row.note } : null,
    };
  });
  const ticks = [domain[0], domain[0] + (domain[1] - domain[0]) / 2, domain[1]];
  return {
    kind: 'bar',
    width: input.width,
    height: top + rowHeight * input.rows.length + 18,
    plot,
    xTicks: ticks.map((t) => ({ at: px(x(t)), label: String(Math.round(t)) })),
    rows,
  };
}
