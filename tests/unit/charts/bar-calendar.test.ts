import { describe, expect, it } from 'vitest';
import { barChartModel } from '../../../shared/domain/charts/bar-chart';
import { calendarModel } from '../../../shared/domain/charts/calendar';
import { buildActivity } from '../../../shared/domain/reports/activity';

describe('barChartModel', () => {
  it('draws bars proportional to the value on 0–100, and no bar for a category not tried', () => {
    const model = barChartModel({
      width: 500,
      rows: [
        { key: 'sales', label: 'Sales', value: 80, marker: 90, note: '12 answers' },
        { key: 'product', label: 'Product', value: 40 },
        { key: 'leadership', label: 'Leadership', value: null, note: 'not tried yet' },
      ],
    });
    const [sales, product, leadership] = model.rows;
    expect(sales?.bar?.width).toBeCloseTo((product?.bar?.width ?? 0) * 2, 0);
    expect(sales?.bar?.width).toBeCloseTo(model.plot.width * 0.8, 0);
    expect(sales?.marker?.x).toBeCloseTo(model.plot.x + model.plot.width * 0.9, 0);
    expect(leadership?.bar).toBeNull();
    expect(leadership?.note?.text).toBe('not tried yet');
    expect(model.height).toBeGreaterThan(3 * 20);
  });
});

describe('calendarModel', () => {
  const activity = buildActivity(
    [
      { day: '2026-11-26', attempts: 5 },
      { day: '2026-11-25', attempts: 1 },
      { day: '2026-11-24', attempts: 2 },
    ],
    '2026-11-26',
    '2026-11-26',
  );

  it('lays whole weeks out in columns with Monday on top', () => {
    const model = calendarModel(activity.days, 700);
    expect(activity.days.length % 7).toBe(4); // 52 whole weeks and the current week to Thursday
    expect(model.cells).toHaveLength(activity.days.length);
    const monday = model.cells.find((c) => c.day === '2026-11-23');
    const thursday = model.cells.find((c) => c.day === '2026-11-26');
    expect(monday?.x).toBe(thursday?.x);
    expect(thursday?.y).toBeGreaterThan(monday?.y ?? Infinity);
    expect(model.width).toBeLessThanOrEqual(700);
  });

  it('shades the busiest day darkest and empty days not at all', () => {
    const model = calendarModel(activity.days, 700);
    const level = (day: string) => model.cells.find((c) => c.day === day)?.level;
    expect(level('2026-11-26')).toBe(4);
    expect(level('2026-11-24')).toBe(3);
    expect(level('2026-11-25')).toBe(2);
    expect(level('2026-11-20')).toBe(0);
    expect(model.cells.find((c) => c.day === '2026-11-26')?.label).toBe('26 Nov 2026: 5 answers');
  });

  it('labels the months without crowding the labels together', () => {
    const model = calendarModel(activity.days, 700);
    const pitch = (model.cells[7]?.x ?? 0) - (model.cells[0]?.x ?? 0);
    expect(model.months.length).toBeGreaterThanOrEqual(11);
    model.months.slice(1).forEach((m, i) => expect(m.x - (model.months[i]?.x ?? 0)).toBeGreaterThanOrEqual(pitch * 3));
  });
});
