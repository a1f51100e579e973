import type { AdvisorOverview, DueReviewView } from '../../../../shared/ipc/channels/advisor';
import { useQuery } from '../../api/use-query';
import { dueFigures } from '../../../../shared/domain/advisor/due-text';
import { trendSentence } from '../../../../shared/domain/advisor/trend';
import { formatScore, scoreTone } from '../../app/format';
import { Button, Card, EmptyState, ErrorBanner, PageHeader, StatTile } from '../../components/ui';
import { practiceHref, practiseSet } from '../practice/practice-route';
import { categoryLabel } from '../mock/mock-labels';
import { LEVEL_LABELS, shortDay } from './advisor-format';
import { PlanCard } from './PlanCard';
import { SkillTable } from './SkillTable';

function DueList({ items, upcoming }: { items: readonly DueReviewView[]; upcoming: readonly DueReviewView[] }) {
  return (
    <Card
      title="Due for another try"
      actions={
        items.length ? (
          <Button variant="primary" icon="practice" onClick={() => practiseSet(items.map((d) => d.questionId))}>
            Practise {items.length === 1 ? 'it' : `all ${items.length}`}
          </Button>
        ) : null
      }
    >
      {items.length === 0 ? (
        <p className="muted" data-testid="due-empty">
          Nothing is due. Questions you answer below 60 come back after 1, 3, 7 and 14 days until you answer them well
          on time.
        </p>
      ) : (
        <ul className="adv-due" data-testid="due-reviews">
          {items.slice(0, 8).map((d) => {
            const figures = dueFigures(d, shortDay);
            return (
              <li key={d.questionId}>
                <span
                  className={`score-pill tone-${scoreTone(figures.badge)}`}
                  aria-label={figures.badgeLabel}
                  title={figures.badgeLabel}
                >
                  {figures.badge}
                </span>
                <div className="attempt-main">
                  <a className="attempt-question" href={practiceHref({ q: d.questionId })}>
                    {d.text}
                  </a>
                  <div className="attempt-meta">
                    {categoryLabel(d.category)} · {figures.history} · review {d.step + 1} of 4
                    {d.overdueDays > 0
                      ? ` · ${d.overdueDays} ${d.overdueDays === 1 ? 'day' : 'days'} overdue`
                      : ' · due today'}
                  </div>
                </div>
              </li>
            );
          })}
          {items.length > 8 ? <li className="muted">and {items.length - 8} more</li> : null}
        </ul>
      )}
      {upcoming.length ? (
        <details className="adv-upcoming">
          <summary>Coming back later ({upcoming.length})</summary>
          <ul>
            {upcoming.map((d) => (
              <li key={d.questionId}>
                <span className="muted">{shortDay(d.dueDay)}</span> {d.text}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Card>
  );
}

function LevelCard({ data }: { data: AdvisorOverview }) {
  const trend =
    data.trend.label === 'unknown'
      ? trendSentence(data.trend)
      : `${data.trend.label === 'improving' ? 'Rising' : data.trend.label === 'declining' ? 'Falling' : 'Holding steady'}. ${trendSentence(data.trend)}`;
  const recentCount = Math.min(data.totalAnswers, data.rules.levelWindow);
  return (
    <div className="adv-top">
      <Card className={`adv-level is-${data.level.level}`}>
        <div className="adv-level-kicker">Your level</div>
        <div className="adv-level-name" data-testid="advisor-level">
          {LEVEL_LABELS[data.level.level]}
        </div>
        <p>{data.level.reason}</p>
        {data.level.next ? <p className="muted mk-small">{data.level.next}</p> : null}
        <ol className="adv-scale" aria-label="Levels">
          {(['beginner', 'intermediate', 'advanced'] as const).map((l) => (
            <li
              key={l}
              className={l === data.level.level ? 'is-current' : ''}
              aria-current={l === data.level.level ? 'step' : undefined}
            >
              {LEVEL_LABELS[l]}
            </li>
          ))}
        </ol>
      </Card>
      <div className="adv-stats">
        <StatTile
          icon="practice"
          label="Answers"
          value={data.totalAnswers}
          hint={data.average === null ? 'None yet' : `Average ${formatScore(data.average)}`}
        />
        <StatTile
          icon="target"
          label="Recent average"
          value={formatScore(data.recentAverage)}
          hint={
            <span data-testid="advisor-recent-hint">
              {data.recentAverage === null
                ? 'No answers yet.'
                : `Average of your last ${recentCount} ${recentCount === 1 ? 'answer' : 'answers'}. `}
              <span data-testid="advisor-trend">{data.recentAverage === null ? '' : trend}</span>
            </span>
          }
        />
      </div>
    </div>
  );
}

export function AdvisorOverviewView() {
  const q = useQuery('advisor:overview', {});
  const data = q.data;
  return (
    <div className="screen adv-screen">
      <PageHeader
        title="Advisor"
        subtitle="Where you stand, what to work on next, and plans to get there — worked out on this computer from your answers."
      />
      {q.error ? <ErrorBanner message={q.error} onRetry={q.reload} /> : null}
      {!data ? (
        !q.error ? (
          <div className="loading">Looking at your answers…</div>
        ) : null
      ) : (
        <>
          <LevelCard data={data} />
          <Card title="Plans for you">
            <div className="adv-plans">
              {data.proposals.map((p) => (
                <PlanCard
                  key={p.kind}
                  proposal={p}
                  running={data.plans.find((r) => r.kind === p.kind && r.status === 'active')}
                />
              ))}
            </div>
          </Card>
          <DueList items={data.due} upcoming={data.upcoming} />
          <Card title="Categories">
            {data.categories.length === 0 ? (
              <EmptyState icon="advisor" title="No answers to look at yet">
                Answer a few questions and the advisor will show your strong and weak categories here — with how sure it
                is.
              </EmptyState>
            ) : (
              <SkillTable skills={data.categories} caption="Category" testId="advisor-categories" />
            )}
          </Card>
          {data.subskills.length ? (
            <Card title="Sub-skills">
              <SkillTable skills={data.subskills} caption="Sub-skill" testId="advisor-subskills" />
            </Card>
          ) : null}
          <details className="adv-rules">
            <summary>How the advisor decides</summary>
            <p>
              A category or sub-skill is judged only after {data.rules.minAttempts} answers. Its estimate is your
              average there pulled toward your overall average, as if four answers at your average had been added, so a
              couple of lucky or unlucky answers do not decide it. It is weak when the estimate is below{' '}
              {data.rules.weakBelow}, or when even the top of its 95% range is below your overall average; strong from{' '}
              {data.rules.strongFrom}, or when the bottom of the range is above your average. The trend compares your
              last answers in two halves (up to ten: the newest five against the five before): the number is the newer
              half&apos;s average minus the older half&apos;s, so it can never exceed the 0–100 score range.
            </p>
            <p>
              An answer below {data.rules.poorBelow} brings the question back after{' '}
              {data.rules.reviewIntervals.join(', ')} days: each good answer on or after the due day moves it to the
              next interval (a great one, 85+, skips one), a poor one starts again, and after the last interval it is
              done. A plan item counts as done when you answer its question after the plan started — from the plan or
              anywhere else.
            </p>
          </details>
        </>
      )}
    </div>
  );
}
