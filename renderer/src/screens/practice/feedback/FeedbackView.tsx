import { AiReviewPanel } from '../../../features/ai/AiReviewPanel';
import { useEffect, useRef, useState } from 'react';
import type { AttemptDetail } from '../../../../../shared/ipc/channels/attempts';
import type { QuestionDetail } from '../../../../../shared/ipc/channels/questions';
import { call, errorMessage } from '../../../api/client';
import { useQuery } from '../../../api/use-query';
import { formatClock } from '../labels';
import { Button, Card, ErrorBanner } from '../../../components/ui';
import { Icon } from '../../../components/Icon';
import { goToPractice } from '../practice-route';
import { QuestionCard } from '../QuestionCard';
import { AttemptComparison } from './AttemptComparison';
import { modelAnswerNote } from './model-answer-note';
import { EvaluationDetails } from './EvaluationDetails';
import { ScoreSummary } from './ScoreSummary';

function Metrics({ attempt }: { attempt: AttemptDetail }) {
  const m = attempt.evaluation?.metrics;
  if (!m) return null;
  const items = [
    [
      `${m.wordCount}`,
      'words',
      `${m.wordCount < m.idealWords.min ? 'below the ' : m.wordCount > m.idealWords.max ? 'above the ' : ''}${m.idealWords.min}–${m.idealWords.max} to aim for`,
    ],
    [
      attempt.durationSec ? formatClock(attempt.durationSec) : '—',
      attempt.mode === 'text' ? 'time to write' : 'time spoken',
      m.wpm ? `${Math.round(m.wpm)} words/min` : '',
    ],
    [`${m.fillerPer100}`, 'fillers / 100 words', `${m.fillerCount} in total`],
    [`${m.hedgePer100}`, 'hedges / 100 words', `${m.hedgeCount} in total`],
    [`${m.specificsCount}`, 'specifics', 'numbers, tools, outcomes'],
  ] as const;
  return (
    <dl className="metric-strip">
      {items.map(([value, label, hint]) => (
        <div key={label} className="metric">
          <dt>{label}</dt>
          <dd>
            <span className="metric-value">{value}</span>
            {hint ? <span className="metric-hint">{hint}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function usePrevious(questionId: string, attemptId: string): AttemptDetail | null {
  const list = useQuery('attempts:list-for-question', { questionId, limit: 50 });
  const index = list.data?.findIndex((a) => a.id === attemptId) ?? -1;
  const previousId = index >= 0 ? list.data?.[index + 1]?.id : undefined;
  const [previous, setPrevious] = useState<AttemptDetail | null>(null);
  useEffect(() => {
    let cancelled = false;
    if (!previousId) {
      setPrevious(null);
      return;
    }
    call('attempts:get', { id: previousId })
      .then((a) => !cancelled && setPrevious(a))
      .catch(() => !cancelled && setPrevious(null));
    return () => {
      cancelled = true;
    };
  }, [previousId]);
  return previous;
}

async function nextQuestion(question: QuestionDetail, queue: readonly string[] | undefined): Promise<void> {
  const position = queue ? queue.indexOf(question.id) : -1;
  const next = queue && position >= 0 ? queue[position + 1] : undefined;
  if (next) return goToPractice({ q: next, queue });
  const picked = await call('questions:random', { category: question.category as never, excludeId: question.id });
  goToPractice(picked ? { q: picked.id } : {});
}

/** The feedback on one attempt, with the previous attempt beside it when there is one. */
export function FeedbackView({
  question,
  attemptId,
  queue,
}: {
  question: QuestionDetail;
  attemptId: string;
  queue?: readonly string[];
}) {
  const attempt = useQuery('attempts:get', { id: attemptId });
  const previous = usePrevious(question.id, attemptId);
  const [showModel, setShowModel] = useState(false);
  const [navError, setNavError] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const data = attempt.data;

  useEffect(() => {
    if (data) heading.current?.focus();
  }, [data]);

  const position = queue ? queue.indexOf(question.id) : -1;
  const hasNextInQueue = Boolean(queue && position >= 0 && position < queue.length - 1);
  const evaluation = data?.evaluation ?? null;

  return (
    <div className="screen practice-screen">
      <QuestionCard question={question} queue={queue} showHint={false} />
      {attempt.error ? <ErrorBanner message={attempt.error} onRetry={attempt.reload} /> : null}
      {data ? (
        <>
          <Card className="feedback-hero">
            <h2 ref={heading} tabIndex={-1} className="feedback-title">
              Your feedback
            </h2>
            {data.notice ? (
              <p className="answer-notice" role="status">
                <Icon name="info" size={16} />
                {data.notice}
              </p>
            ) : null}
            <ScoreSummary attempt={data} />
            <Metrics attempt={data} />
            <div className="feedback-actions">
              <Button variant="primary" onClick={() => goToPractice({ q: question.id, queue })}>
                <Icon name="retry" size={16} />
                Try again
              </Button>
              <Button
                onClick={() => void nextQuestion(question, queue).catch((e: unknown) => setNavError(errorMessage(e)))}
              >
                {hasNextInQueue ? 'Next in set' : 'Next question'}
                <Icon name="arrowRight" size={16} />
              </Button>
              <Button
                variant="ghost"
                onClick={() => setShowModel((s) => !s)}
                disabled={!question.modelAnswer}
                aria-expanded={showModel}
                aria-describedby={question.modelAnswer ? undefined : 'model-answer-note'}
              >
                <Icon name="eye" size={16} />
                {showModel ? 'Hide model answer' : 'Show model answer'}
              </Button>
            </div>
            {question.modelAnswer ? null : (
              <p className="muted small model-answer-note" id="model-answer-note" data-testid="model-answer-note">
                <Icon name="info" size={14} />
                {modelAnswerNote(question.source)}
              </p>
            )}
            {navError ? <ErrorBanner message={navError} /> : null}
          </Card>
          {showModel && question.modelAnswer ? (
            <Card title="Model answer" className="model-answer">
              <p className="model-text" data-testid="model-answer">
                {question.modelAnswer}
              </p>
              <p className="muted small">One strong way to answer — yours should use your own experience.</p>
            </Card>
          ) : null}
          <AiReviewPanel attemptId={data.id} />
          {previous ? (
            <Card title="Compared with your previous attempt">
              <AttemptComparison previous={previous} current={data} />
            </Card>
          ) : null}
          {evaluation ? (
            <>
              <EvaluationDetails answerText={data.answerText} evaluation={evaluation} />
              <p className="muted small evaluator-note">
                Graded on this computer by the local evaluator {evaluation.evaluator.version}. Every attempt is kept in
                your history.
              </p>
            </>
          ) : (
            <Card title="Your answer">
              <p className="hl-text">{data.answerText}</p>
            </Card>
          )}
        </>
      ) : !attempt.error ? (
        <div className="loading" aria-busy="true">
          Loading your feedback…
        </div>
      ) : null}
    </div>
  );
}
