import {
  calendarChart,
  categoryChart,
  fillerChart,
  paceChart,
  scoreTrendChart,
  subskillChart,
} from '../../../../shared/domain/charts/report-charts';
import { shortDate } from '../../../../shared/domain/reports/day-math';
import { categoryLabel, plural } from '../../../../shared/domain/reports/labels';
import type { ReportsOverview } from '../../../../shared/domain/reports/report-schema';
import { formatScore, scoreTone } from '../../app/format';
import { BarChart } from '../../components/charts/BarChart';
import { CalendarHeatmap } from '../../components/charts/CalendarHeatmap';
import { ChartCard } from '../../components/charts/ChartCard';
import { LineChart } from '../../components/charts/LineChart';
import { hrefFor } from '../../app/router';
import { hasScreen } from '../../app/screen-registry';
import { Card, StatTile } from '../../components/ui';
import { Icon } from '../../components/Icon';

function pointLabel(o: ReportsOverview, unit = '') {
  return (day: string, value: number, series: string) =>
    `${o.bucket === 'week' ? `Week of ${shortDate(day, true)}` : shortDate(day, true)} · ${series}: ${value}${unit}`;
}

function Tiles({ o }: { o: ReportsOverview }) {
  const t = o.totals;
  const a = o.activity;
  const pace = o.voice.filter((v) => v.wpm !== null);
  const wpm = pace.length
    ? Math.round(
        pace.reduce((s, v) => s + (v.wpm ?? 0) * v.spokenAnswers, 0) /
          Math.max(
            1,
            pace.reduce((s, v) => s + v.spokenAnswers, 0),
          ),
      )
    : null;
  return (
    <div className="stat-grid">
      <StatTile
        testId="report-answers"
        icon="practice"
        label="Answers"
        value={t.attempts}
        hint={t.attempts ? `on ${plural(t.activeDays, 'day')}` : 'None in this period'}
      />
      <StatTile
        testId="report-average"
        icon="target"
        label="Average score"
        value={formatScore(t.average)}
        hint={t.best === null ? 'Out of 100' : `Best ${formatScore(t.best)}`}
      />
      <StatTile
        testId="report-streak"
        icon="flame"
        label="Current streak"
        value={plural(a.currentStreak, 'day')}
        hint={`Longest ${plural(a.longestStreak, 'day')}`}
      />
      <StatTile
        testId="report-spoken"
        icon="calendar"
        label="Spoken answers"
        value={t.spokenAnswers}
        hint={wpm === null ? 'Record one to track your pace' : `About ${wpm} words a minute`}
      />
    </div>
  );
}

function Insights({ o }: { o: ReportsOverview }) {
  if (o.insights.length === 0) return null;
  return (
    <Card title="What stands out" className="insights-card">
      <ul className="insights" data-testid="insights">
        {o.insights.map((i) => (
          <li key={i.text} className={`insight is-${i.tone}`}>
            <span className="insight-mark" aria-hidden="true" />
            {i.text}
          </li>
        ))}
      </ul>
    </Card>
  );
}

function CategoryTable({ o, onPick }: { o: ReportsOverview; onPick(category: string): void }) {
  return (
    <div className="category-table-wrap">
      <table className="category-table" data-testid="category-table">
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Answers</th>
            <th scope="col">Average</th>
            <th scope="col">Best</th>
            <th scope="col">Last 30 days</th>
            <th scope="col">Before</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {o.categories.map((c) => (
            <tr key={c.category} className={c.attempts === 0 ? 'is-empty' : undefined}>
              <th scope="row">
                {o.filters.category ? (
                  categoryLabel(c.category)
                ) : (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onPick(c.category)}
                    title={`Show only ${categoryLabel(c.category)}`}
                  >
                    {categoryLabel(c.category)}
                  </button>
                )}
                {c.attempts === 0 ? (
                  <span className="muted small">
                    {' '}
                    · {c.questions === 0 ? 'no questions' : `${c.questions} questions, not tried yet`}
                  </span>
                ) : null}
              </th>
              <td>{c.attempts}</td>
              <td>
                {c.average === null ? (
                  '—'
                ) : (
                  <span className={`score-chip tone-${scoreTone(c.average)}`}>{formatScore(c.average)}</span>
                )}
              </td>
              <td>{formatScore(c.best)}</td>
              <td>{c.last30.attempts ? `${formatScore(c.last30.average)} (${c.last30.attempts})` : '—'}</td>
              <td>{c.before30.attempts ? `${formatScore(c.before30.average)} (${c.before30.attempts})` : '—'}</td>
              <td>
                {c.change === null ? (
                  <span className="muted">—</span>
                ) : (
                  <span className={`change ${c.change > 0 ? 'is-up' : c.change < 0 ? 'is-down' : ''}`}>
                    {c.change > 0 ? '▲ +' : c.change < 0 ? '▼ ' : ''}
                    {Math.round(c.change)}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** With nothing in the period: what to do next, above the charts' own messages. */
function Start({ o }: { o: ReportsOverview }) {
  if (o.totals.attempts > 0) return null;
  return (
    <div className="report-start" data-testid="report-start">
      <Icon name="trend" size={28} />
      <div className="report-start-text">
        <h2>
          Nothing to report {o.filters.category ? `for ${categoryLabel(o.filters.category)} ` : ''}in this period yet
        </h2>
        <p>Every answer you practise adds to these charts. Or load a sample history to see what they will show.</p>
      </div>
      {hasScreen('practice') ? (
        <a className="btn btn-primary" href={hrefFor('practice')}>
          Start practising
        </a>
      ) : null}
      <a className="btn btn-secondary" href={hrefFor('settings')}>
        Try sample data
      </a>
    </div>
  );
}

export function OverviewTab({ o, onPickCategory }: { o: ReportsOverview; onPickCategory(category: string): void }) {
  const trendWord = o.bucket === 'week' ? 'Weekly' : 'Daily';
  return (
    <div className="report-overview">
      <Start o={o} />
      <Tiles o={o} />
      <Insights o={o} />
      <ChartCard
        testId="chart-score-trend"
        subtitle={`${trendWord} average and its moving average`}
        build={(w) => scoreTrendChart(o, w, 260)}
        draw={(spec, text) => <LineChart model={spec.model} text={text} pointLabel={pointLabel(o)} />}
      />
      <ChartCard
        testId="chart-subskills"
        subtitle="Content, structure and language for every answer; delivery for spoken ones"
        build={(w) => subskillChart(o, w, 240)}
        draw={(spec, text) => <LineChart model={spec.model} text={text} pointLabel={pointLabel(o)} />}
      />
      <div className="report-pair">
        <ChartCard
          testId="chart-pace"
          subtitle="Words per minute of spoken answers"
          build={(w) => paceChart(o, w, 200)}
          draw={(spec, text) => <LineChart model={spec.model} text={text} pointLabel={pointLabel(o, ' wpm')} />}
        />
        <ChartCard
          testId="chart-fillers"
          subtitle="Per 100 words, all answers"
          build={(w) => fillerChart(o, w, 200)}
          draw={(spec, text) => <LineChart model={spec.model} text={text} pointLabel={pointLabel(o)} />}
        />
      </div>
      <ChartCard
        testId="chart-categories"
        subtitle="Average per category; pick one to see only its answers"
        build={(w) => categoryChart(o.categories, w)}
        draw={(spec, text) => (
          <>
            <BarChart model={spec.model} text={text} />
            <CategoryTable o={o} onPick={onPickCategory} />
          </>
        )}
      />
      <ChartCard
        testId="chart-calendar"
        subtitle={
          o.activity.attempts ? (
            <>
              {plural(o.activity.activeDays, 'day')} with practice · longest streak{' '}
              {plural(o.activity.longestStreak, 'day')}
              {o.activity.busiestDay
                ? ` · busiest ${shortDate(o.activity.busiestDay.day, true)} (${plural(o.activity.busiestDay.attempts, 'answer')})`
                : ''}
            </>
          ) : (
            'One square a day'
          )
        }
        build={(w) => calendarChart(o.activity, Math.min(w, 28 + Math.ceil(o.activity.days.length / 7) * 17))}
        draw={(spec, text) => <CalendarHeatmap model={spec.model} text={text} />}
      />
      <p className="muted small report-footnote">
        <Icon name="trend" size={14} /> Figures come from every answer stored on this computer for{' '}
        {o.filters.category ? categoryLabel(o.filters.category) : 'all categories'},{' '}
        {shortDate(o.filters.from ?? o.today, true)} to {shortDate(o.filters.to ?? o.today, true)}.
      </p>
    </div>
  );
}
