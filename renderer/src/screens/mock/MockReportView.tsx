import { useState } from 'react';
import { SUBSKILL_LABELS, SUBSKILLS } from '../../../../shared/domain/advisor/labels';
import type { MockReport } from '../../../../shared/ipc/channels/mock';
import { call, errorMessage } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { formatScore, formatWhen, scoreTone } from '../../app/format';
import { ScoreRing } from '../../components/ScoreRing';
import { navigate } from '../../app/router';
import { Button, Card, ErrorBanner, PageHeader } from '../../components/ui';
import { goToPractice, practiceHref } from '../practice/practice-route';
import { categoryLabel, formatClock, mixLabel, MODE_LABELS } from './mock-labels';
import { Icon } from '../../components/Icon';

type ReportQuestion = MockReport['questions'][number];
type Suggestion = MockReport['practiseNext'][number];

function Comparison({ report }: { report: MockReport }) {
  const c = report.comparison;
  const text =
    c.verdict === 'unscored'
      ? 'Nothing was answered in this one, so it has no total to compare.'
      : c.verdict === 'first'
        ? 'Your first mock interview — the next one will be compared with this.'
        : c.verdict === 'better'
          ? `Up ${formatScore(Math.abs(c.delta ?? 0))} points on your last mock interview (${formatScore(c.previousTotal)}).`
          : c.verdict === 'worse'
            ? `Down ${formatScore(Math.abs(c.delta ?? 0))} points on your last mock interview (${formatScore(c.previousTotal)}).`
            : `About the same as your last mock interview (${formatScore(c.previousTotal)}).`;
  const max = Math.max(100, ...c.history);
  return (
    <div className="mock-compare" data-testid="mock-comparison">
      <p>
        {text}
        {c.count > 0 && report.total !== null
          ? ` Best so far: ${formatScore(Math.max(c.bestTotal ?? 0, report.total))}; this one ranks ${c.rank} of ${c.count + 1}.`
          : ''}
      </p>
      {c.history.length > 1 && c.verdict !== 'unscored' ? (
        <div
          className="mock-bars"
          role="img"
          aria-label={`Mock interview totals, oldest first: ${c.history.map((h) => Math.round(h)).join(', ')}`}
        >
          {c.history.slice(-12).map((total, i, list) => (
            <div
              key={i}
              className={`mock-bar ${i === list.length - 1 ? 'is-current' : ''}`}
              style={{ height: `${Math.max(4, (total / max) * 100)}%` }}
              title={`${Math.round(total)}`}
            />
          ))}
        </div>
      ) : null}
    </div>
  );
}

function QuestionRow({
  q,
  tag,
  open,
  onToggle,
}: {
  q: ReportQuestion;
  tag: string | null;
  open: boolean;
  onToggle(): void;
}) {
  const strengths = q.feedback.filter((f) => f.kind === 'strength').slice(0, 2);
  const improve = q.feedback.filter((f) => f.kind === 'improve').slice(0, 3);
  return (
    <li className={`mock-q ${open ? 'is-open' : ''}`} data-testid="mock-report-question">
      <button type="button" className="mock-q-head" aria-expanded={open} onClick={onToggle}>
        <span className={`score-pill tone-${q.overall === null ? 'weak' : scoreTone(q.overall)}`}>
          {q.overall === null ? '—' : formatScore(q.overall)}
        </span>
        <span className="mock-q-main">
          <span className="mock-q-text">
            {q.index + 1}. {q.questionText}
          </span>
          <span className="attempt-meta">
            {categoryLabel(q.category)} ·{' '}
            {q.status === 'skipped' ? 'not answered' : q.durationSec !== null ? formatClock(q.durationSec) : 'answered'}
          </span>
        </span>
        {tag ? <span className={`mock-tag ${tag === 'Strongest' ? 'is-good' : 'is-weak'}`}>{tag}</span> : null}
        <Icon size={18} name={open ? 'up' : 'down'} />
      </button>
      {open ? (
        <div className="mock-q-body">
          {q.status === 'skipped' ? (
            <p className="muted">You did not answer this one. Practise it on its own to get feedback.</p>
          ) : (
            <>
              <div className="mock-q-subscores">
                {SUBSKILLS.map((s) => (
                  <span key={s} className="mock-sub">
                    {SUBSKILL_LABELS[s]} <strong>{formatScore(q.subscores?.[s] ?? null)}</strong>
                  </span>
                ))}
              </div>
              <div className="mk-fb-cols">
                <div>
                  <h4 className="mock-fb-head is-good">What worked</h4>
                  <ul className="mock-fb">
                    {strengths.length ? (
                      strengths.map((f, i) => <li key={i}>{f.message}</li>)
                    ) : (
                      <li className="muted">Nothing stood out yet.</li>
                    )}
                  </ul>
                </div>
                <div>
                  <h4 className="mock-fb-head is-weak">What to improve</h4>
                  <ul className="mock-fb">
                    {improve.length ? (
                      improve.map((f, i) => <li key={i}>{f.message}</li>)
                    ) : (
                      <li className="muted">Nothing to fix.</li>
                    )}
                  </ul>
                </div>
              </div>
            </>
          )}
          <div className="mock-actions">
            {q.attemptId ? (
              <a className="btn btn-secondary" href={practiceHref({ q: q.questionId, attempt: q.attemptId })}>
                Full feedback and your answer
              </a>
            ) : null}
            <a className="btn btn-ghost" href={practiceHref({ q: q.questionId })}>
              Practise it again
            </a>
          </div>
        </div>
      ) : null}
    </li>
  );
}

function SuggestionRow({ s }: { s: Suggestion }) {
  const [error, setError] = useState<string>();
  const act = async (): Promise<void> => {
    try {
      if (s.kind === 'question') return goToPractice({ q: s.id });
      if (s.kind === 'category') {
        const q = await call('questions:random', { category: s.id as never });
        if (q) return goToPractice({ q: q.id });
      }
      navigate('advisor');
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const label =
    s.kind === 'question' ? 'Practise it' : s.kind === 'category' ? `Practise ${s.label}` : 'Open the advisor';
  return (
    <li className="mock-suggestion">
      <div>
        <strong>{s.kind === 'question' ? 'Unanswered question' : s.label}</strong>
        <p className="muted">{s.kind === 'question' ? `“${s.label}” — ${s.reason}` : s.reason}</p>
        {error ? <p className="form-error">{error}</p> : null}
      </div>
      <Button variant="secondary" onClick={() => void act()}>
        {label}
      </Button>
    </li>
  );
}

export function MockReportView({ sessionId }: { sessionId: string }) {
  const report = useQuery('mock:report', { sessionId });
  const [open, setOpen] = useState<number | null>(null);
  const data = report.data;
  if (report.error) {
    return (
      <div className="screen mock-screen">
        <PageHeader title="Mock interview report" />
        <ErrorBanner message={report.error} onRetry={report.reload} />
      </div>
    );
  }
  if (!data) return <div className="screen mock-screen loading">Loading the report…</div>;
  const strongest = data.strongestIndex;
  const weakest = data.weakestIndex === strongest ? null : data.weakestIndex;
  const tagOf = (i: number): string | null => (i === strongest ? 'Strongest' : i === weakest ? 'Weakest' : null);
  const s = data.session;
  return (
    <div className="screen mock-screen">
      <PageHeader
        title="Mock interview report"
        subtitle={`${mixLabel(s.config)} · ${s.questions.length} questions · ${MODE_LABELS[s.config.mode].toLowerCase()} · ${s.endedAt ? formatWhen(s.endedAt) : ''}`}
        actions={
          <Button variant="primary" icon="mock" onClick={() => navigate('mock-interview')}>
            New mock interview
          </Button>
        }
      />
      <Card className="mock-summary">
        {data.total === null ? (
          <div className="mock-no-total" data-testid="mock-total">
            No score
          </div>
        ) : (
          <ScoreRing score={data.total} size={128} testId="mock-total" />
        )}
        <div className="mock-summary-body">
          <h2 className="card-title" data-testid="mock-answered">
            {data.answered} of {data.questions.length} answered
            {data.skipped ? ` · ${data.skipped} skipped` : ''}
          </h2>
          <p className="muted mk-small" data-testid="mock-total-rule">
            {data.total === null
              ? 'No answer was given, so there is nothing to score.'
              : `The total is the average of the ${data.answered === 1 ? 'answer' : `${data.answered} answers`} you gave${data.skipped ? '; skipped questions are not scored and not averaged in' : ''}.`}
          </p>
          <Comparison report={data} />
          <ul className="mock-subskills" aria-label="Sub-scores">
            {SUBSKILLS.map((k) => {
              const v = data.subskills[k];
              return (
                <li key={k}>
                  <span>{SUBSKILL_LABELS[k]}</span>
                  <div className="mk-bar" aria-hidden="true">
                    {v === null ? null : (
                      <div className={`mk-bar-fill mk-fill-${scoreTone(v)}`} style={{ width: `${v}%` }} />
                    )}
                  </div>
                  <strong>{v === null ? '—' : formatScore(v)}</strong>
                </li>
              );
            })}
          </ul>
        </div>
      </Card>

      {data.practiseNext.length ? (
        <Card title="What to practise next">
          <ul className="mock-suggestions" data-testid="mock-practise-next">
            {data.practiseNext.map((p) => (
              <SuggestionRow key={`${p.kind}-${p.id}`} s={p} />
            ))}
          </ul>
        </Card>
      ) : null}

      <Card title="Question by question">
        <ul className="mock-questions">
          {data.questions.map((q) => (
            <QuestionRow
              key={q.index}
              q={q}
              tag={tagOf(q.index)}
              open={open === q.index}
              onToggle={() => setOpen(open === q.index ? null : q.index)}
            />
          ))}
        </ul>
      </Card>
    </div>
  );
}
