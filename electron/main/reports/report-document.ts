import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  calendarChart,
  categoryChart,
  fillerChart,
  paceChart,
  scoreTone,
  scoreTrendChart,
  subskillChart,
  type ChartSpec,
} from '../../../shared/domain/charts/report-charts';
import { barChartSvg, calendarSvg, lineChartSvg, PRINT_PALETTE } from '../../../shared/domain/charts/svg-string';
import type { BarChartModel } from '../../../shared/domain/charts/bar-chart';
import type { CalendarModel } from '../../../shared/domain/charts/calendar';
import type { LineChartModel } from '../../../shared/domain/charts/line-chart';
import { shortDate } from '../../../shared/domain/reports/day-math';
import { categoryLabel, MODE_LABELS, plural, SUBSKILL_LABELS, SUBSKILLS } from '../../../shared/domain/reports/labels';
import { localDay } from '../../../shared/domain/stats/local-day';
import { REPORT_FONT } from './pdf-fonts';
import type { ReportAttempt, ReportData } from './report-data';

/** A4 portrait, 40 pt margins: 515 pt of width for content and charts. */
const PAGE_WIDTH = 595.28;
const MARGIN = 40;
const CONTENT_WIDTH = Math.floor(PAGE_WIDTH - 2 * MARGIN);
const HALF_WIDTH = Math.floor((CONTENT_WIDTH - 15) / 2);
const EXCERPT_CHARS = 650;
const FEEDBACK_ITEMS = 3;

const P = PRINT_PALETTE;
const TONE_SOFT: Record<string, string> = { good: '#e3f5ec', ok: '#fcf1dc', weak: '#fbe6e6' };
const INSIGHT_MARK: Record<string, { mark: string; color: string }> = {
  good: { mark: '▲', color: P.tones.good ?? P.text },
  attention: { mark: '●', color: P.tones.ok ?? P.text },
  neutral: { mark: '■', color: P.tones.neutral ?? P.text },
};

const round = (v: number | null): string => (v === null ? '—' : String(Math.round(v)));

function generatedLabel(at: Date): string {
  return `${shortDate(localDay(at), true)}, ${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}

function sectionTitle(text: string, pageBreak = false): Content {
  return { text, style: 'section', ...(pageBreak ? { pageBreak: 'before' as const } : {}) };
}

function legend(spec: ChartSpec<unknown>): Content | null {
  if (spec.legend.length < 2) return null;
  return {
    text: spec.legend.flatMap((l, i) => [
      { text: '■ ', color: P.series[l.key] ?? P.text },
      { text: `${l.label}${i < spec.legend.length - 1 ? '     ' : ''}` },
    ]),
    style: 'legend',
  };
}

function notReady(message: string, height: number): Content {
  return {
    table: {
      widths: ['*'],
      heights: [height],
      body: [[{ text: message, style: 'emptyChart', margin: [12, height / 2 - 8, 12, 0] }]],
    },
    layout: { hLineColor: () => P.grid, vLineColor: () => P.grid, fillColor: () => '#fafbfd' },
  };
}

function chartBlock<M extends LineChartModel | BarChartModel | CalendarModel>(
  spec: ChartSpec<M>,
  toSvg: (model: M, title: string, desc: string) => string,
  width: number,
): Content {
  const body: Content[] = [{ text: spec.title, style: 'chartTitle' }];
  if (spec.readiness.ready) {
    body.push({ svg: toSvg(spec.model, spec.title, spec.desc), width, font: REPORT_FONT });
    const l = legend(spec);
    if (l) body.push(l);
    if (spec.note) body.push({ text: spec.note, style: 'legend', margin: [0, 2, 0, 0] });
  } else {
    body.push(notReady(spec.readiness.message, Math.min(spec.model.height, 90)));
  }
  return { stack: body, margin: [0, 0, 0, 14], unbreakable: true };
}

const line = (spec: ChartSpec<LineChartModel>, width: number) =>
  chartBlock(spec, (m, t, d) => lineChartSvg(m, P, t, d), width);

function statTile(label: string, value: string, hint: string): TableCell {
  return {
    stack: [
      { text: label, style: 'tileLabel' },
      { text: value, style: 'tileValue' },
      { text: hint, style: 'tileHint' },
    ],
    margin: [10, 8, 10, 8],
  };
}

function summary(data: ReportData): Content[] {
  const o = data.overview;
  const t = o.totals;
  const a = o.activity;
  const tiles: TableCell[] = [
    statTile('Answers', String(t.attempts), t.attempts ? `on ${plural(t.activeDays, 'day')}` : 'none in this period'),
    statTile('Average score', round(t.average), t.best === null ? 'out of 100' : `best ${round(t.best)}`),
    statTile('Current streak', plural(a.currentStreak, 'day'), `longest ${plural(a.longestStreak, 'day')}`),
    statTile(
      'Spoken answers',
      String(t.spokenAnswers),
      t.attempts ? `${Math.round((100 * t.spokenAnswers) / t.attempts)}% of answers` : '—',
    ),
  ];
  const content: Content[] = [
    {
      table: { widths: ['*', '*', '*', '*'], body: [tiles] },
      layout: { hLineColor: () => P.grid, vLineColor: () => P.grid, fillColor: () => '#f7f8fb' },
      margin: [0, 4, 0, 14],
    },
  ];
  if (o.insights.length) {
    content.push({ text: 'Highlights', style: 'subsection' });
    content.push({
      stack: o.insights.map((i) => {
        const m = INSIGHT_MARK[i.tone] ?? { mark: '■', color: P.text };
        return { text: [{ text: `${m.mark}  `, color: m.color, fontSize: 7 }, { text: i.text }], margin: [0, 0, 0, 3] };
      }),
      margin: [0, 0, 0, 12],
    });
  } else {
    content.push({
      text: 'No answers in this period yet. Practise a few questions and export again to see your trends.',
      style: 'note',
      margin: [0, 0, 0, 12],
    });
  }
  return content;
}

/** The practice calendar at a compact size, with the figures it shows written out beside it. */
function practice(data: ReportData): Content {
  const a = data.overview.activity;
  const weeks = Math.ceil(a.days.length / 7);
  const width = Math.min(CONTENT_WIDTH - 170, 28 + weeks * 12);
  const spec = calendarChart(a, width);
  if (!spec.readiness.ready) return chartBlock(spec, (m, t, d) => calendarSvg(m, P, t, d), width);
  const fact = (label: string, value: string): Content => ({
    text: [
      { text: `${value}  `, bold: true },
      { text: label, color: P.muted },
    ],
    margin: [0, 0, 0, 4],
  });
  return {
    stack: [
      { text: spec.title, style: 'chartTitle' },
      {
        columns: [
          { width: spec.model.width, svg: calendarSvg(spec.model, P, spec.title, spec.desc), font: REPORT_FONT },
          {
            width: '*',
            margin: [20, 16, 0, 0],
            stack: [
              fact('days with practice', String(a.activeDays)),
              fact('answers a practice day', a.activeDays ? (a.attempts / a.activeDays).toFixed(1) : '0'),
              fact('current streak', plural(a.currentStreak, 'day')),
              fact('longest streak', plural(a.longestStreak, 'day')),
              ...(a.busiestDay
                ? [fact(`busiest day (${shortDate(a.busiestDay.day, true)})`, plural(a.busiestDay.attempts, 'answer'))]
                : []),
            ],
          },
        ],
      },
    ],
    unbreakable: true,
    margin: [0, 0, 0, 14],
  };
}

function categoryTable(data: ReportData): Content {
  const spec = categoryChart(data.overview.categories, CONTENT_WIDTH);
  const header = spec.table.columns.map((c, i): TableCell => ({
    text: c,
    style: 'th',
    alignment: i === 0 ? 'left' : 'right',
  }));
  const rows = spec.table.rows.map((r) =>
    r.map((cell, i): TableCell => ({
      text: cell,
      alignment: i === 0 ? 'left' : 'right',
      color: cell === '—' ? P.muted : P.text,
    })),
  );
  if (rows.length === 0) return { text: 'No categories to show.', style: 'note' };
  return {
    table: { headerRows: 1, widths: ['*', 48, 44, 44, 36, 56, 40, 40], body: [header, ...rows] },
    layout: {
      hLineWidth: (i: number) => (i === 1 ? 1 : 0.5),
      vLineWidth: () => 0,
      hLineColor: (i: number) => (i === 1 ? P.muted : P.grid),
      paddingTop: () => 4,
      paddingBottom: () => 4,
    },
    fontSize: 8.5,
  };
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_CHARS) return flat;
  const cut = flat.slice(0, EXCERPT_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_CHARS * 0.7))}…`;
}

function feedbackLines(title: string, items: readonly string[], color: string): Content[] {
  if (items.length === 0) return [];
  return [
    { text: title, style: 'feedbackTitle', color },
    ...items.map((m): Content => ({
      text: [{ text: '•  ', color, bold: true }, m],
      style: 'feedback',
      margin: [8, 0, 0, 2],
    })),
  ];
}

/**
 * One answer: score and question, when and how it was given, the opening of the answer, and
 * the feedback. Built from plain text nodes — pdfmake's columns and lists measure their content
 * several times over, which for fifty answers made up most of the time a report took.
 */
function attemptBlock(a: ReportAttempt): Content {
  const tone = scoreTone(a.overall);
  const meta = [
    shortDate(a.localDay, true),
    categoryLabel(a.category),
    MODE_LABELS[a.mode],
    a.durationSec ? `${Math.round(a.durationSec)} s` : null,
  ]
    .filter(Boolean)
    .join('  ·  ');
  const subs = SUBSKILLS.map((s) =>
    a.subscores[s] === null ? null : `${SUBSKILL_LABELS[s]} ${Math.round(a.subscores[s] ?? 0)}`,
  )
    .filter(Boolean)
    .join('   ');
  const strengths = (a.evaluation?.feedback ?? [])
    .filter((f) => f.kind === 'strength')
    .slice(0, FEEDBACK_ITEMS)
    .map((f) => f.message);
  const improve = (a.evaluation?.feedback ?? [])
    .filter((f) => f.kind === 'improve')
    .slice(0, FEEDBACK_ITEMS)
    .map((f) => f.message);
  return {
    stack: [
      {
        text: [
          {
            text: ` ${Math.round(a.overall)} `,
            color: P.tones[tone] ?? P.text,
            background: TONE_SOFT[tone] ?? '#eee',
            bold: true,
          },
          { text: '  ' },
          { text: a.questionText },
        ],
        style: 'question',
      },
      {
        text: [
          { text: meta },
          ...(a.isSample ? [{ text: '   SAMPLE', color: '#9a6400', bold: true }] : []),
          ...(subs ? [{ text: `      ${subs}` }] : []),
        ],
        style: 'meta',
      },
      { text: a.answerText.trim() ? `“${excerpt(a.answerText)}”` : '(no answer text)', style: 'answer' },
      ...(strengths.length || improve.length
        ? [
            ...feedbackLines('What went well', strengths, P.tones.good ?? P.text),
            ...feedbackLines('What to work on', improve, P.tones.weak ?? P.text),
          ]
        : [{ text: 'No feedback was stored with this answer.', style: 'note' }]),
    ],
    unbreakable: true,
    margin: [0, 0, 0, 6],
  };
}

function separator(): Content {
  return {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: P.grid }],
    margin: [0, 4, 0, 10],
  };
}

/** The PDF report as a pdfmake document: summary, charts, categories, recent answers. */
export function reportDocument(data: ReportData): TDocumentDefinitions {
  const o = data.overview;
  const generated = generatedLabel(data.generatedAt);
  const period = `${shortDate(o.filters.from ?? o.today, true)} – ${shortDate(o.filters.to ?? o.today, true)}`;
  const scope = o.filters.category ? categoryLabel(o.filters.category) : 'All categories';
  const content: Content[] = [
    { text: 'INTERVYOU', style: 'brand' },
    { text: 'Progress report', style: 'title' },
    { text: `${period}  ·  ${scope}  ·  ${o.bucket === 'week' ? 'weekly' : 'daily'} trends`, style: 'subtitle' },
    { text: `Generated ${generated}`, style: 'meta', margin: [0, 0, 0, 10] },
  ];
  if (o.sampleAttempts > 0) {
    content.push({
      table: {
        widths: ['*'],
        body: [
          [
            {
              text: `Includes sample data: ${plural(o.sampleAttempts, 'sample answer')} loaded to show what reports look like. Remove them in Settings → Sample data.`,
              margin: [8, 5, 8, 5],
              color: '#7a4d00',
            },
          ],
        ],
      },
      layout: { hLineColor: () => '#f0d9a8', vLineColor: () => '#f0d9a8', fillColor: () => '#fdf6e7' },
      margin: [0, 0, 0, 12],
    });
  }
  content.push(...summary(data));
  content.push(line(scoreTrendChart(o, CONTENT_WIDTH, 175), CONTENT_WIDTH));
  content.push(practice(data));

  content.push(sectionTitle('Skills and delivery', true));
  content.push(line(subskillChart(o, CONTENT_WIDTH, 180), CONTENT_WIDTH));
  content.push({
    columns: [line(paceChart(o, HALF_WIDTH, 150), HALF_WIDTH), line(fillerChart(o, HALF_WIDTH, 150), HALF_WIDTH)],
    columnGap: 15,
  });

  content.push(sectionTitle('Categories', true));
  content.push(
    chartBlock(categoryChart(o.categories, CONTENT_WIDTH), (m, t, d) => barChartSvg(m, P, t, d), CONTENT_WIDTH),
  );
  content.push({
    text: 'Answers and scores per category in this period. "Last 30 days" and "Before" split the period at 30 days before its end.',
    style: 'note',
    margin: [0, 0, 0, 8],
  });
  content.push(categoryTable(data));

  content.push(sectionTitle('Recent answers', true));
  if (data.recent.length === 0) {
    content.push({ text: 'No answers in this period.', style: 'note' });
  } else {
    content.push({
      text: `The ${plural(data.recent.length, 'most recent answer')} in this period, with the feedback you were given.`,
      style: 'note',
      margin: [0, 0, 0, 10],
    });
    data.recent.forEach((a, i) => {
      if (i > 0) content.push(separator());
      content.push(attemptBlock(a));
    });
  }

  return {
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, 48],
    info: {
      title: `IntervYou progress report, ${period}`,
      author: data.app.name,
      subject: 'Interview practice progress',
      creator: `${data.app.name} ${data.app.version}`,
      producer: data.app.name,
    },
    defaultStyle: { font: REPORT_FONT, fontSize: 9.5, color: P.text, lineHeight: 1.25 },
    footer: (page, pages) => ({
      columns: [
        { text: `IntervYou progress report  ·  generated ${generated}`, color: P.muted, fontSize: 7.5 },
        { text: `Page ${page} of ${pages}`, alignment: 'right', color: P.muted, fontSize: 7.5 },
      ],
      margin: [MARGIN, 18, MARGIN, 0],
    }),
    styles: {
      brand: { fontSize: 8, bold: true, color: P.series.average, characterSpacing: 1.5 },
      title: { fontSize: 22, bold: true, margin: [0, 2, 0, 2] },
      subtitle: { fontSize: 10.5, color: P.text },
      section: { fontSize: 15, bold: true, margin: [0, 0, 0, 10] },
      subsection: { fontSize: 11, bold: true, margin: [0, 0, 0, 5] },
      chartTitle: { fontSize: 11, bold: true, margin: [0, 0, 0, 4] },
      legend: { fontSize: 8, color: P.muted, margin: [38, 2, 0, 0] },
      emptyChart: { fontSize: 9.5, color: P.muted, alignment: 'center' },
      tileLabel: { fontSize: 8, color: P.muted },
      tileValue: { fontSize: 17, bold: true, margin: [0, 1, 0, 1] },
      tileHint: { fontSize: 7.5, color: P.muted },
      note: { fontSize: 8.5, color: P.muted },
      meta: { fontSize: 8, color: P.muted },
      th: { bold: true, fontSize: 8, color: P.muted },
      question: { fontSize: 10.5, bold: true, margin: [0, 0, 0, 2] },
      answer: { fontSize: 8.5, color: '#4a5266', margin: [0, 6, 0, 6] },
      feedbackTitle: { fontSize: 8.5, bold: true, margin: [0, 2, 0, 2] },
      feedback: { fontSize: 8.5 },
    },
    content,
  };
}
