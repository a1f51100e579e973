import { describe, expect, it } from 'vitest';
import { categoryChart, scoreTrendChart } from '../../../shared/domain/charts/report-charts';
import { barChartSvg, escapeXml, lineChartSvg, PRINT_PALETTE } from '../../../shared/domain/charts/svg-string';
import { buildOverview } from '../../../shared/domain/reports/overview';
import { emptyStat } from '../../../shared/domain/reports/trends';

const day = (d: string, n: number, score: number) => ({
  ...emptyStat(d),
  attempts: n,
  overallSum: n * score,
  best: score,
});
const overview = buildOverview({
  today: '2026-11-26',
  filters: {},
  days: [day('2026-11-20', 2, 60), day('2026-11-22', 1, 70), day('2026-11-26', 3, 80)],
  categoryTotals: [{ category: 'sales', attempts: 6, overallSum: 430, best: 90, last30Attempts: 6, last30Sum: 430 }],
  questionCounts: new Map([
    ['sales', 30],
    ['product', 20],
  ]),
  sampleAttempts: 0,
});

describe('chart SVG for the PDF', () => {
  it('is one SVG document with a title and description for screen readers and text extraction', () => {
    const spec = scoreTrendChart(overview, 500, 200);
    const svg = lineChartSvg(spec.model, PRINT_PALETTE, spec.title, spec.desc);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="500" height="200" viewBox="0 0 500 200"/);
    expect(svg).toContain('<title>Score over time</title>');
    expect(svg).toContain('<desc>Daily average of your overall score');
    // The three daily dots are drawn as one path of three circles.
    const dots = svg.match(new RegExp(`<path d="([^"]+)" fill="${PRINT_PALETTE.series.score}"`));
    expect(dots?.[1]?.match(/M/g)).toHaveLength(3);
    expect(svg).toContain(`stroke="${PRINT_PALETTE.series.average}"`);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('escapes text so a category or question can never break the markup', () => {
    expect(escapeXml('<b>"R&D"</b>')).toBe('&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;');
    const spec = categoryChart(
      [{ ...overview.categories[0], category: 'r&d-<x>' } as (typeof overview.categories)[number]],
      400,
    );
    expect(barChartSvg(spec.model, PRINT_PALETTE, spec.title, spec.desc)).not.toMatch(/<x>/);
  });

  it('gives a table with the same numbers as the chart', () => {
    const spec = scoreTrendChart(overview, 500, 200);
    expect(spec.table.columns).toEqual(['Day', 'Answers', 'Average', 'Best', 'Moving average']);
    expect(spec.table.rows).toEqual([
      ['20 Nov 2026', '2', '60', '60', '60'],
      ['22 Nov 2026', '1', '70', '70', '63'],
      ['26 Nov 2026', '3', '80', '80', '72'],
    ]);
    expect(spec.readiness.ready).toBe(true);
  });
});
