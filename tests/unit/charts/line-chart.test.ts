import { describe, expect, it } from 'vitest';
import { lineChartModel } from '../../../shared/domain/charts/line-chart';

const base = { width: 400, height: 200, from: '2026-11-01', to: '2026-11-30' } as const;

describe('lineChartModel', () => {
  it('places values on a fixed 0–100 scale inside the plot', () => {
    const model = lineChartModel({
      ...base,
      yRange: [0, 100],
      series: [
        {
          key: 'average',
          label: 'Average',
          style: 'line',
          values: [
            { day: '2026-11-01', value: 0 },
            { day: '2026-11-30', value: 100 },
          ],
        },
      ],
    });
    const [first, last] = model.series[0]?.points ?? [];
    expect(first?.cx).toBe(model.plot.x);
    expect(first?.cy).toBe(model.plot.y + model.plot.height);
    expect(last?.cx).toBe(model.plot.x + model.plot.width);
    expect(last?.cy).toBe(model.plot.y);
    expect(model.series[0]?.path).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
    expect(model.yTicks.map((t) => t.label)).toEqual(['0', '25', '50', '75', '100']);
  });

  it('breaks the line at a missing value instead of drawing through it', () => {
    const model = lineChartModel({
      ...base,
      yRange: [0, 100],
      series: [
        {
          key: 'delivery',
          label: 'Delivery',
          style: 'line',
          values: [
            { day: '2026-11-01', value: 50 },
            { day: '2026-11-02', value: 60 },
            { day: '2026-11-03', value: null },
            { day: '2026-11-04', value: 70 },
            { day: '2026-11-05', value: 80 },
          ],
        },
      ],
    });
    expect(model.series[0]?.path.match(/M/g)).toHaveLength(2);
    expect(model.series[0]?.points).toHaveLength(4);
  });

  it('draws no line for a single value but keeps its dot', () => {
    const model = lineChartModel({
      ...base,
      series: [{ key: 'wpm', label: 'Pace', style: 'both', values: [{ day: '2026-11-10', value: 140 }] }],
    });
    expect(model.series[0]?.path).toBe('');
    expect(model.series[0]?.points).toHaveLength(1);
  });

  it('sizes dots by weight', () => {
    const model = lineChartModel({
      ...base,
      yRange: [0, 100],
      series: [
        {
          key: 'score',
          label: 'Score',
          style: 'dots',
          values: [
            { day: '2026-11-02', value: 50, weight: 1 },
            { day: '2026-11-03', value: 50, weight: 16 },
          ],
        },
      ],
    });
    const [small, big] = model.series[0]?.points ?? [];
    expect(big?.r).toBeGreaterThan(small?.r ?? Infinity);
    expect(model.series[0]?.path).toBe('');
  });

  it('fits an automatic y range around the data and a target band', () => {
    const model = lineChartModel({
      ...base,
      band: { from: 130, to: 160, label: 'target' },
      series: [
        {
          key: 'wpm',
          label: 'Pace',
          style: 'both',
          values: [
            { day: '2026-11-02', value: 171 },
            { day: '2026-11-20', value: 118 },
          ],
        },
      ],
    });
    const labels = model.yTicks.map((t) => Number(t.label));
    expect(Math.min(...labels)).toBeLessThanOrEqual(118);
    expect(Math.max(...labels)).toBeGreaterThanOrEqual(171);
    expect(model.band?.height).toBeGreaterThan(0);
    expect(model.band && model.band.y).toBeGreaterThanOrEqual(model.plot.y);
  });

  it('keeps every x tick inside the plot', () => {
    const model = lineChartModel({ ...base, from: '2025-11-27', to: '2026-11-26', series: [] });
    expect(model.xTicks.length).toBeGreaterThan(1);
    for (const t of model.xTicks) {
      expect(t.at).toBeGreaterThanOrEqual(model.plot.x);
      expect(t.at).toBeLessThanOrEqual(model.plot.x + model.plot.width);
    }
  });
});
