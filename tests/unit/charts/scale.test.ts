import { describe, expect, it } from 'vitest';
import { linearScale, niceDomain, niceStep } from '../../../shared/domain/charts/scale';
import { dayTicks } from '../../../shared/domain/charts/time-axis';

describe('linearScale', () => {
  it('maps the domain ends onto the range ends, inverted ranges included', () => {
    const y = linearScale([0, 100], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(100)).toBe(0);
    expect(y(25)).toBe(150);
  });

  it('puts everything mid-range when the domain has no width', () => {
    expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
  });
});

describe('nice ticks', () => {
  it('picks 1-2-2.5-5 steps', () => {
    expect(niceStep(100, 4)).toBe(25);
    expect(niceStep(37, 5)).toBe(10);
    expect(niceStep(0.9, 4)).toBe(0.25);
  });

  it('widens the domain to whole steps around the data', () => {
    expect(niceDomain(112, 171, 4)).toEqual({ domain: [100, 180], ticks: [100, 120, 140, 160, 180], step: 20 });
  });

  it('gives a flat series some room', () => {
    const nice = niceDomain(140, 140, 4);
    expect(nice.domain[0]).toBeLessThan(140);
    expect(nice.domain[1]).toBeGreaterThan(140);
  });
});

describe('dayTicks', () => {
  it('labels each day of a short span', () => {
    expect(dayTicks('2026-11-24', '2026-11-26', 6).map((t) => t.label)).toEqual(['24 Nov', '25 Nov', '26 Nov']);
  });

  it('falls on Mondays for spans of weeks', () => {
    const ticks = dayTicks('2026-10-01', '2026-11-26', 10);
    expect(ticks[0]?.day).toBe('2026-10-05'); // the first Monday
    expect(ticks.every((t) => new Date(`${t.day}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
  });

  it('uses month starts for a year, naming the year on the first tick and on January', () => {
    const ticks = dayTicks('2025-12-15', '2026-11-26', 6);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks[0]?.label).toMatch(/2026$/);
    expect(ticks.every((t) => t.day.endsWith('-01'))).toBe(true);
  });

  it('never gives more ticks than asked', () => {
    for (const [from, to] of [
      ['2020-01-01', '2026-01-01'],
      ['2026-01-01', '2026-03-15'],
      ['2026-01-01', '2026-01-09'],
    ] as const) {
      expect(dayTicks(from, to, 5).length).toBeLessThanOrEqual(5);
    }
  });
});
