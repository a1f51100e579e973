/**
 * Wall times are what a user waits; on a machine busy with other work they include waiting for a
 * core, so the CPU time of this process is printed beside each (not a target).
 *
 * Reports on a 100,000-attempt history made by the sample generator (the `coach demo` code):
 * every Reports query and history page query (median and p95, target ≤ 50 ms each and for the
 * overview together), PDF generation with 50 recent answers (target ≤ 2 s), and how fast the
 * generator itself writes, and what "Load sample data" in Settings costs the main process.
 */
import { historyAttempt } from '../../electron/main/db/queries/reports-attempt';
import { historyPage } from '../../electron/main/db/queries/reports-history';
import {
  practiceDays,
  questionCounts,
  reportCategoryTotals,
  reportDays,
  reportsOverview,
  sampleAttemptCount,
} from '../../electron/main/db/queries/reports';
import { renderPdf } from '../../electron/main/reports/pdf-engine';
import { fontsDirOf } from '../../electron/main/reports/pdf-fonts';
import { gatherReportData } from '../../electron/main/reports/report-data';
import { reportDocument } from '../../electron/main/reports/report-document';
import { loadSampleData } from '../../electron/main/sample/sample-data';
import { shiftDay } from '../../shared/domain/reports/day-math';
import { HistoryQuery } from '../../shared/ipc/channels/reports';
import { DEFAULT_SAMPLE_ATTEMPTS, MAX_APP_SAMPLE_ATTEMPTS } from '../../shared/ipc/channels/sample';
import { makeTempDir } from '../helpers/temp-dir';
import { startTestServices } from '../helpers/test-services';
import { atMost, median, percentile, round, type BenchFigure, type BenchModule } from './bench-types';

const ATTEMPTS = 100_000;
const RUNS = 30;
const QUERY_TARGET_MS = 50;
const PDF_TARGET_MS = 2000;

interface Timings {
  wall: number[];
  /** This process's CPU time: what the work costs when other processes compete for the cores. */
  cpu: number[];
}

async function time(fn: () => Promise<unknown>, runs = RUNS): Promise<Timings> {
  for (let i = 0; i < 3; i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const started = performance.now();
    await fn();
    wall.push(performance.now() - started);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

function figures(label: string, t: Timings, target = QUERY_TARGET_MS): BenchFigure[] {
  return [
    atMost(`${label} (median)`, median(t.wall), 'ms', target),
    atMost(`${label} (p95)`, percentile(t.wall, 95), 'ms', target),
    { metric: `${label} (CPU, median)`, value: round(median(t.cpu)), unit: 'ms' },
  ];
}

const bench: BenchModule = {
  name: 'reports',
  async run() {
    const dir = makeTempDir('intervyou-bench-reports-');
    const now = new Date(2026, 10, 26, 16, 0);
    const services = await startTestServices(dir.path, () => now);
    const rows: BenchFigure[] = [];
    try {
      const { db } = services;
      const today = services.today();

      // Settings → Load sample data runs on the main process: how long, and its longest block.
      for (const attempts of [DEFAULT_SAMPLE_ATTEMPTS, MAX_APP_SAMPLE_ATTEMPTS]) {
        // The longest gap between turns of a 1 ms timer: how long the loop was held at a stretch.
        let last = performance.now();
        let longest = 0;
        const ticker = setInterval(() => {
          const at = performance.now();
          longest = Math.max(longest, at - last);
          last = at;
        }, 1);
        const t = performance.now();
        await loadSampleData({ db, sqlite: services.database.sqlite }, { attempts, now });
        const ms = performance.now() - t;
        await new Promise((resolve) => setTimeout(resolve, 5));
        clearInterval(ticker);
        rows.push(
          { metric: `Settings sample data, ${attempts} answers: total`, value: Math.round(ms), unit: 'ms' },
          {
            metric: `Settings sample data, ${attempts} answers: longest event-loop block`,
            value: round(longest),
            unit: 'ms',
          },
        );
      }

      let gradingMs = 0;
      let gradingDone = 0;
      const started = performance.now();
      const result = await loadSampleData(
        { db, sqlite: services.database.sqlite },
        {
          attempts: ATTEMPTS,
          // As `coach demo` runs it: one transaction, nothing else to answer meanwhile.
          sliceMs: Number.POSITIVE_INFINITY,
          now,
          onProgress: (stage, done) => {
            if (stage === 'grading') {
              gradingMs = performance.now() - started;
              gradingDone = done;
            }
          },
        },
      );
      const totalMs = performance.now() - started;
      const writeMs = totalMs - gradingMs;
      if (result.attempts !== ATTEMPTS) throw new Error(`the generator wrote ${result.attempts} attempts`);
      rows.push(
        { metric: 'demo: 100k attempts, total', value: round(totalMs / 1000, 1), unit: 's' },
        { metric: `demo: grading the pool (${gradingDone} answers)`, value: round(gradingMs / 1000, 1), unit: 's' },
        {
          metric: 'demo: writing 100k attempts (one transaction, all triggers)',
          value: round(writeMs / 1000, 1),
          unit: 's',
        },
        { metric: 'demo: write throughput', value: Math.round(ATTEMPTS / (writeMs / 1000)), unit: 'attempts/s' },
      );
      services.database.sqlite.pragma('optimize');

      // Reports: each query, then the overview (all of them together) for a few scopes.
      const from90 = shiftDay(today, -89);
      rows.push(
        ...figures(
          "reports: overview together, last 90 days (the screen's default)",
          await time(() => reportsOverview(db, { from: from90, bucket: 'auto' }, today)),
        ),
      );
      rows.push(...figures('reports: per-day totals, all time', await time(() => reportDays(db))));
      rows.push(
        ...figures(
          'reports: per-day totals, last 90 days',
          await time(() => reportDays(db, { from: from90, to: today })),
        ),
      );
      rows.push(...figures('reports: practice days (streaks, calendar)', await time(() => practiceDays(db))));
      rows.push(...figures('reports: per-day totals, one category', await time(() => reportDays(db, {}, 'sales'))));
      rows.push(
        ...figures(
          'reports: per-category totals, all time',
          await time(() => reportCategoryTotals(db, '2000-01-01', today)),
        ),
      );
      rows.push(...figures('reports: questions per category', await time(() => questionCounts(db))));
      rows.push(...figures('reports: sample answers count', await time(() => sampleAttemptCount(db))));
      rows.push(
        ...figures(
          'reports: overview together, all time',
          await time(() => reportsOverview(db, { bucket: 'auto' }, today)),
        ),
      );
      rows.push(
        ...figures(
          'reports: overview together, last 90 days, one category',
          await time(() => reportsOverview(db, { category: 'product', from: from90, bucket: 'auto' }, today)),
        ),
      );

      // History pages: the first page and a deep one, and filters of each kind.
      const page = (q: Parameters<typeof HistoryQuery.parse>[0]) => () => historyPage(db, HistoryQuery.parse(q));
      const history: Array<[string, ReturnType<typeof page>]> = [
        ['history: first page, no filter', page({})],
        ['history: page 2,000 of 4,000', page({ page: 2000 })],
        ['history: category', page({ category: 'leadership' })],
        ['history: audio, score 40–60', page({ mode: 'audio', minScore: 40, maxScore: 60 })],
        ['history: last 30 days', page({ from: shiftDay(today, -29), to: today })],
        ['history: score ≥ 90, oldest first', page({ minScore: 90, order: 'oldest' })],
        ['history: search, common word ("team")', page({ search: 'team' })],
        ['history: search, rare words ("kubernetes migration")', page({ search: 'kubernetes migration' })],
        ['history: search + category + score', page({ search: 'customer', category: 'sales', minScore: 60 })],
      ];
      for (const [label, fn] of history) rows.push(...figures(label, await time(fn)));
      const someId = (await historyPage(db, HistoryQuery.parse({ page: 1234 }))).items[0]?.id ?? '';
      rows.push(...figures('history: open one attempt', await time(() => historyAttempt(db, someId))));

      // PDF with 50 recent answers: data, layout and rendering; the first run loads the fonts.
      const makePdf = async () => {
        const data = await gatherReportData(db, { recentAttempts: 50, now, today, app: services.app });
        return renderPdf(reportDocument(data), fontsDirOf(services.resourcesDir));
      };
      const coldStart = performance.now();
      const first = await makePdf();
      rows.push({
        metric: 'pdf: 50 answers, first in the process (fonts loaded)',
        value: Math.round(performance.now() - coldStart),
        unit: 'ms',
      });
      const pdfTimes = await time(makePdf, 5);
      rows.push(...figures('pdf: 50 answers, 100k-attempt history', pdfTimes, PDF_TARGET_MS));
      rows.push({
        metric: 'pdf: pages',
        value: first.pages,
        unit: `pages (${Math.round(first.bytes.length / 1024)} KB)`,
      });
      return rows;
    } finally {
      await services.close();
      dir.remove();
    }
  },
};

export default bench;
