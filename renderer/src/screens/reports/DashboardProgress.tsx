import { scoreTrendChart } from '../../../../shared/domain/charts/report-charts';
import { shiftDay } from '../../../../shared/domain/reports/day-math';
import { categoryLabel, plural } from '../../../../shared/domain/reports/labels';
import { localDay } from '../../../../shared/domain/stats/local-day';
import { useQuery } from '../../api/use-query';
import { formatScore, scoreTone } from '../../app/format';
import { ChartCard } from '../../components/charts/ChartCard';
import { LineChart } from '../../components/charts/LineChart';
import { Card } from '../../components/ui';
import { reportsHref } from './report-route';
import { SampleBanner } from './SampleBanner';
import './reports.css';

const WEEKS = 12;
const CATEGORY_ROWS = 6;

/** The dashboard's view of progress: the last twelve weeks' score trend and where each category stands. */
export function DashboardProgress() {
  const today = localDay(new Date());
  const { data } = useQuery('reports:overview', { from: shiftDay(today, -(WEEKS * 7 - 1)), to: today, bucket: 'week' });
  if (!data) return null;
  const answered = data.categories.filter((c) => c.attempts > 0).sort((a, b) => (b.average ?? 0) - (a.average ?? 0));
  return (
    <>
      <SampleBanner count={data.sampleAttempts} />
      <div className="dashboard-progress">
        <ChartCard
          testId="dashboard-trend"
          subtitle={`Weekly average, last ${WEEKS} weeks`}
          actions={
            <a className="card-link" href={reportsHref({})}>
              Reports
            </a>
          }
          build={(w) => scoreTrendChart(data, w, 190)}
          draw={(spec, text) => (
            <LineChart
              model={spec.model}
              text={text}
              pointLabel={(day, value, series) => `Week of ${day}: ${series} ${value}`}
            />
          )}
        />
        <Card
          title="By category"
          actions={
            <a className="card-link" href={reportsHref({})}>
              See all
            </a>
          }
        >
          {answered.length === 0 ? (
            <p className="muted">Answer questions in a few categories to see where you are strongest.</p>
          ) : (
            <ul className="category-summary" data-testid="dashboard-categories">
              {answered.slice(0, CATEGORY_ROWS).map((c) => (
                <li key={c.category}>
                  <a
                    className="cat-name"
                    href={reportsHref({ category: c.category })}
                    title={`${categoryLabel(c.category)}: ${plural(c.attempts, 'answer')} in the last ${WEEKS} weeks`}
                  >
                    {categoryLabel(c.category)}
                    <span className="cat-count">{c.attempts}</span>
                  </a>
                  <span className="mini-bar" aria-hidden="true">
                    <span className={`tone-${scoreTone(c.average ?? 0)}`} style={{ width: `${c.average ?? 0}%` }} />
                  </span>
                  <span className="cat-score">{formatScore(c.average)}</span>
                </li>
              ))}
              {answered.length > CATEGORY_ROWS ? (
                <li className="muted small">
                  and {plural(answered.length - CATEGORY_ROWS, 'more category', 'more categories')}
                </li>
              ) : null}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
