import type { DashboardSummary } from '../../../../shared/ipc/channels/dashboard';
import { useQuery } from '../../api/use-query';
import { formatDays, formatScore, formatWhen, scoreTone, titleCase } from '../../app/format';
import { hasScreen } from '../../app/screen-registry';
import { hrefFor, navigate } from '../../app/router';
import { Button, Card, EmptyState, ErrorBanner, PageHeader, StatTile } from '../../components/ui';
import { DashboardProgress } from '../reports/DashboardProgress';
import { reportsHref } from '../reports/report-route';
import { UpNext } from './UpNext';

function greeting(now: Date): string {
  const hour = now.getHours();
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

function StartPractising() {
  if (!hasScreen('practice')) return null;
  return (
    <Button variant="primary" icon="practice" onClick={() => navigate('practice')}>
      Start practising
    </Button>
  );
}

function Stats({ summary }: { summary: DashboardSummary }) {
  const streakHint =
    summary.longestStreakDays > summary.currentStreakDays
      ? `Best: ${formatDays(summary.longestStreakDays)}`
      : summary.currentStreakDays > 0
        ? 'Your best yet'
        : 'Practise today to start one';
  return (
    <div className="stat-grid">
      <StatTile
        testId="stat-attempts"
        icon="practice"
        label="Answers practised"
        value={summary.totalAttempts}
        hint={summary.lastPracticedAt ? `Last practised ${formatWhen(summary.lastPracticedAt)}` : 'None yet'}
      />
      <StatTile
        testId="stat-average"
        icon="target"
        label="Average score"
        value={formatScore(summary.averageScore)}
        hint={summary.averageScore === null ? 'Appears after your first answer' : 'Out of 100, all answers'}
      />
      <StatTile
        testId="stat-streak"
        icon="flame"
        label="Current streak"
        value={formatDays(summary.currentStreakDays)}
        hint={streakHint}
      />
      <StatTile
        testId="stat-week"
        icon="calendar"
        label="Last 7 days"
        value={summary.attemptsLast7Days}
        hint={
          summary.averageLast7Days === null
            ? 'No answers this week'
            : `Average ${formatScore(summary.averageLast7Days)}`
        }
      />
    </div>
  );
}

function RecentAttempts({ summary }: { summary: DashboardSummary }) {
  if (summary.recent.length === 0) {
    return (
      <EmptyState icon="practice" title="Your practice history starts here" action={<StartPractising />}>
        Answer a question — typed, spoken or on video — and your scores, streak and progress will show up on this page.
        Everything stays on this computer; only scores sync, and only if you <a href={hrefFor('account')}>sign in</a>.
      </EmptyState>
    );
  }
  return (
    <ul className="attempt-list" data-testid="recent-attempts">
      {summary.recent.map((attempt) => (
        <li key={attempt.id} className="attempt-row">
          <a className="attempt-link" href={reportsHref({ tab: 'history', attempt: attempt.id })}>
            <span className={`score-pill tone-${scoreTone(attempt.overall)}`}>{formatScore(attempt.overall)}</span>
            <div className="attempt-main">
              <div className="attempt-question">{attempt.questionText}</div>
              <div className="attempt-meta">
                {titleCase(attempt.category)} · {attempt.mode} · {formatWhen(attempt.createdAt)}
              </div>
            </div>
          </a>
        </li>
      ))}
    </ul>
  );
}

export function DashboardScreen() {
  const { data, error, reload } = useQuery('dashboard:summary', {});
  return (
    <div className="screen">
      <PageHeader
        title={greeting(new Date())}
        subtitle="Here is where your interview practice stands."
        actions={<StartPractising />}
      />
      {error ? <ErrorBanner message={error} onRetry={reload} /> : null}
      {data ? (
        <>
          <Stats summary={data} />
          {data.totalAttempts > 0 ? <DashboardProgress /> : null}
          {data.totalAttempts > 0 ? <UpNext /> : null}
          <Card title="Recent answers">
            <RecentAttempts summary={data} />
          </Card>
        </>
      ) : !error ? (
        <div className="loading" aria-busy="true">
          Loading your progress…
        </div>
      ) : null}
    </div>
  );
}
