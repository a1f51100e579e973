import { SPEAKING_WPM } from '../evaluator/measures/length';
import { shortDate } from '../reports/day-math';
import { categoryLabel, plural, SUBSKILL_LABELS, SUBSKILLS } from '../reports/labels';
import { activityReadiness, paceReadiness, trendReadiness, type Readiness } from '../reports/readiness';
import type { Activity, CategoryReport, ReportsOverview } from '../reports/report-schema';
import { barChartModel, type BarChartModel } from './bar-chart';
import { calendarModel, type CalendarModel } from './calendar';
import { lineChartModel, type LineChartModel } from './line-chart';

/**
 * The Reports charts, defined once: which series each draws, its words (title, description for
 * screen readers, legend) and its table fallback. The app renders these with React, the PDF
 * with svg-string.ts, so both show the same thing.
 */
export interface ChartTable {
  columns: string[];
  rows: string[][];
}

export interface ChartSpec<M> {
  id: string;
  title: string;
  /** One sentence a screen reader (and the PDF's text layer) reads in place of the picture. */
  desc: string;
  model: M;
  readiness: Readiness;
  legend: Array<{ key: string; label: string }>;
  /** A line under the chart saying how to read it, when the legend does not. */
  note?: string;
  table: ChartTable;
}

const fmt = (v: number | null, digits = 0): string =>
  v === null ? '—' : digits ? v.toFixed(digits) : String(Math.round(v));

function period(o: ReportsOverview, bucket = o.bucket): (start: string) => string {
  return (start) => (bucket === 'week' ? `Week of ${shortDate(start, true)}` : shortDate(start, true));
}

function describeChange(first: number | null | undefined, last: number | null | undefined, what: string): string {
  if (first === null || first === undefined || last === null || last === undefined) return '';
  const d = Math.round(last - first);
  return d === 0
    ? ` ${what} is level over the period at ${Math.round(last)}.`
    : ` ${what} went from ${Math.round(first)} to ${Math.round(last)}.`;
}

export function scoreTrendChart(o: ReportsOverview, width: number, height: number): ChartSpec<LineChartModel> {
  const points = o.scoreTrend;
  const label = o.bucket === 'week' ? 'Weekly average' : 'Daily average';
  const moving = points.filter((p) => p.movingAverage !== null);
  return {
    id: 'score-trend',
    title: 'Score over time',
    desc: `${label} of your overall score (0–100) with a ${o.bucket === 'week' ? '4-week' : '7-day'} moving average, ${shortDate(o.filters.from ?? o.today, true)} to ${shortDate(o.filters.to ?? o.today, true)}: ${plural(o.totals.attempts, 'answer')}.${describeChange(moving[0]?.movingAverage, moving.at(-1)?.movingAverage, 'The moving average')}`,
    model: lineChartModel({
      width,
      height,
      from: o.filters.from ?? o.today,
      to: o.filters.to ?? o.today,
      yRange: [0, 100],
      series: [
        {
          key: 'score',
          label,
          style: 'dots',
          values: points.map((p) => ({ day: p.start, value: p.average, weight: p.attempts })),
        },
        {
          key: 'average',
          label: 'Moving average',
          style: 'line',
          values: points.map((p) => ({ day: p.start, value: p.movingAverage })),
        },
      ],
    }),
    readiness: trendReadiness(o.totals.attempts, points.length, o.bucket),
    legend: [
      { key: 'score', label },
      { key: 'average', label: 'Moving average' },
    ],
    table: {
      columns: [o.bucket === 'week' ? 'Week' : 'Day', 'Answers', 'Average', 'Best', 'Moving average'],
      rows: points.map((p) => [
        period(o)(p.start),
        String(p.attempts),
        fmt(p.average),
        fmt(p.best),
        fmt(p.movingAverage),
      ]),
    },
  };
}

export function subskillChart(o: ReportsOverview, width: number, height: number): ChartSpec<LineChartModel> {
  const points = o.subskills;
  const hasDelivery = points.some((p) => p.delivery !== null);
  const skills = SUBSKILLS.filter((s) => s !== 'delivery' || hasDelivery);
  return {
    id: 'subskills',
    title: 'Sub-skills',
    desc: `Average content, structure and language scores${hasDelivery ? ', and delivery for spoken answers,' : ''} per ${o.bucket}.${skills
      .map((s) => {
        const values = points.map((p) => p[s]).filter((v): v is number => v !== null);
        return values.length ? ` ${SUBSKILL_LABELS[s]}: ${Math.round(values.at(-1) ?? 0)} most recently.` : '';
      })
      .join('')}`,
    model: lineChartModel({
      width,
      height,
      from: o.filters.from ?? o.today,
      to: o.filters.to ?? o.today,
      yRange: [0, 100],
      series: skills.map((s) => ({
        key: s,
        label: SUBSKILL_LABELS[s],
        style: 'both' as const,
        values: points.map((p) => ({ day: p.start, value: p[s] })),
      })),
    }),
    readiness: trendReadiness(o.totals.attempts, points.length, o.bucket),
    legend: skills.map((s) => ({ key: s, label: SUBSKILL_LABELS[s] })),
    table: {
      columns: [o.bucket === 'week' ? 'Week' : 'Day', ...skills.map((s) => SUBSKILL_LABELS[s])],
      rows: points.map((p) => [period(o)(p.start), ...skills.map((s) => fmt(p[s]))]),
    },
  };
}

export function paceChart(o: ReportsOverview, width: number, height: number): ChartSpec<LineChartModel> {
  const points = o.voice.filter((p) => p.wpm !== null);
  return {
    id: 'pace',
    title: 'Speaking pace',
    desc: `Average words per minute of your spoken answers per ${o.bucket}; ${SPEAKING_WPM.low}–${SPEAKING_WPM.high} is the easy-to-follow range. ${plural(o.totals.spokenAnswers, 'spoken answer')}.`,
    model: lineChartModel({
      width,
      height,
      from: o.filters.from ?? o.today,
      to: o.filters.to ?? o.today,
      band: { from: SPEAKING_WPM.low, to: SPEAKING_WPM.high, label: `${SPEAKING_WPM.low}–${SPEAKING_WPM.high} wpm` },
      series: [
        {
          key: 'wpm',
          label: 'Words per minute',
          style: 'both',
          values: points.map((p) => ({ day: p.start, value: p.wpm, weight: p.spokenAnswers })),
        },
      ],
    }),
    readiness: paceReadiness(o.totals.spokenAnswers),
    legend: [{ key: 'wpm', label: 'Words per minute' }],
    table: {
      columns: [o.bucket === 'week' ? 'Week' : 'Day', 'Spoken answers', 'Words per minute'],
      rows: points.map((p) => [period(o)(p.start), String(p.spokenAnswers), fmt(p.wpm)]),
    },
  };
}

export function fillerChart(o: ReportsOverview, width: number, height: number): ChartSpec<LineChartModel> {
  const points = o.voice.filter((p) => p.fillerPer100 !== null);
  const answers = points.reduce((n, p) => n + p.answers, 0);
  return {
    id: 'fillers',
    title: 'Filler words',
    desc: `Filler words ("um", "like", "you know") per 100 words of your answers, per ${o.bucket}; under 2 sounds confident.${describeChange(points[0]?.fillerPer100, points.at(-1)?.fillerPer100, 'The rate')}`,
    model: lineChartModel({
      width,
      height,
      from: o.filters.from ?? o.today,
      to: o.filters.to ?? o.today,
      band: { from: 0, to: 2, label: 'under 2 per 100 words' },
      series: [
        {
          key: 'filler',
          label: 'Fillers per 100 words',
          style: 'both',
          values: points.map((p) => ({ day: p.start, value: p.fillerPer100, weight: p.answers })),
        },
      ],
    }),
    readiness: trendReadiness(answers, points.length, o.bucket),
    legend: [{ key: 'filler', label: 'Fillers per 100 words' }],
    table: {
      columns: [o.bucket === 'week' ? 'Week' : 'Day', 'Answers', 'Fillers per 100 words'],
      rows: points.map((p) => [period(o)(p.start), String(p.answers), fmt(p.fillerPer100, 1)]),
    },
  };
}

export function scoreTone(score: number): 'good' | 'ok' | 'weak' {
  if (score >= 75) return 'good';
  if (score >= 55) return 'ok';
  return 'weak';
}

export function categoryChart(categories: readonly CategoryReport[], width: number): ChartSpec<BarChartModel> {
  const answered = categories.filter((c) => c.attempts > 0);
  return {
    id: 'categories',
    title: 'Scores by category',
    desc: `Average overall score per category; the dark tick marks the last 30 days. ${answered.length} of ${categories.length} categories answered.`,
    model: barChartModel({
      width,
      rows: categories.map((c) => ({
        key: c.category,
        label: categoryLabel(c.category),
        value: c.average,
        marker: c.last30.attempts > 0 && c.before30.attempts > 0 ? c.last30.average : null,
        note: c.attempts === 0 ? (c.questions === 0 ? 'no questions' : 'not tried yet') : plural(c.attempts, 'answer'),
        tone: c.average === null ? undefined : scoreTone(c.average),
      })),
    }),
    readiness:
      answered.length === 0
        ? { ready: false, message: 'Answer a question in any category to compare categories.' }
        : { ready: true, message: '' },
    legend: [],
    note: 'Bars: average score in the period. Dark tick: the last 30 days, where there are answers before them to compare with.',
    table: {
      columns: ['Category', 'Questions', 'Answers', 'Average', 'Best', 'Last 30 days', 'Before', 'Change'],
      rows: categories.map((c) => [
        categoryLabel(c.category),
        String(c.questions),
        String(c.attempts),
        fmt(c.average),
        fmt(c.best),
        fmt(c.last30.average),
        fmt(c.before30.average),
        c.change === null ? '—' : `${c.change > 0 ? '+' : ''}${Math.round(c.change)}`,
      ]),
    },
  };
}

export function calendarChart(activity: Activity, width: number): ChartSpec<CalendarModel> {
  const active = activity.days.filter((d) => d.attempts > 0);
  return {
    id: 'calendar',
    title: 'Practice calendar',
    desc: `Answers per day from ${shortDate(activity.from, true)} to ${shortDate(activity.to, true)}: ${plural(activity.attempts, 'answer')} on ${plural(activity.activeDays, 'day')}; current streak ${plural(activity.currentStreak, 'day')}, longest ${plural(activity.longestStreak, 'day')}.`,
    model: calendarModel(activity.days, width),
    readiness: activityReadiness(activity.attempts),
    legend: [],
    table: { columns: ['Day', 'Answers'], rows: active.map((d) => [shortDate(d.day, true), String(d.attempts)]) },
  };
}
