import { useEffect, useRef, useState } from 'react';
import type { AiReview } from '../../../../shared/ai/review';
import { call, errorMessage } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { useSettings } from '../../app/settings-context';
import { Icon } from '../../components/Icon';
import { Button, Card, ErrorBanner } from '../../components/ui';
import { AiQueueNotice } from './AiQueueNotice';
import './ai.css';

const LABELS: Record<AiReview['rubric'][number]['criterion'], string> = {
  relevance: 'Relevance',
  correctness: 'Correctness',
  structure: 'Structure',
  specifics: 'Specifics',
  impact: 'Impact',
  communication: 'Communication',
};

function ReviewBody({ review }: { review: AiReview }) {
  return (
    <>
      <p className="ai-review-score" data-testid="ai-review-score">
        <strong>{review.score}</strong>/100 <span className="muted">· {review.model}</span>
      </p>
      <p className="muted small">
        A second opinion. Your recorded score stays the local evaluator&apos;s, so reports and the advisor are
        unchanged.
        {review.droppedQuotes > 0
          ? ` ${review.droppedQuotes} quoted ${review.droppedQuotes === 1 ? 'phrase was' : 'phrases were'} not in your answer and ${review.droppedQuotes === 1 ? 'was' : 'were'} left out.`
          : ''}
      </p>
      <table className="ai-rubric">
        <tbody>
          {review.rubric.map((line) => (
            <tr key={line.criterion}>
              <th scope="row">{LABELS[line.criterion]}</th>
              <td className="ai-mark" aria-label={`${line.score} out of 5`}>
                {line.score}/5
              </td>
              <td>
                {line.reason}
                {line.evidence.map((quote) => (
                  <q key={quote} className="ai-quote">
                    {quote}
                  </q>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="ai-subhead">Your answer, improved</h3>
      <p className="hl-text" data-testid="ai-improved">
        {review.improvedAnswer}
      </p>
      <h3 className="ai-subhead">Next steps</h3>
      <ol className="ai-steps">
        {review.nextSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </>
  );
}

/** The AI's review of an attempt, beside the local evaluation: on request, or after every answer if chosen. */
export function AiReviewPanel({ attemptId }: { attemptId: string }) {
  const { settings } = useSettings();
  const status = useQuery('ai:status', {});
  const stored = useQuery('ai:get-review', { attemptId });
  const [review, setReview] = useState<AiReview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const autoAsked = useRef(false);

  const shown = review ?? stored.data ?? null;
  const enabled = status.data?.enabled ?? false;

  const ask = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      setReview(await call('ai:review-attempt', { attemptId }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    if (autoAsked.current || !settings.ai.autoReview || !enabled || stored.loading || stored.data) return;
    autoAsked.current = true;
    void ask();
    // ask is stable for this attempt; the effect must run once the inputs are known, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settings.ai.autoReview, enabled, stored.loading, stored.data]);

  if (!status.data) return null;
  return (
    <Card
      title="AI review"
      className="ai-review"
      actions={
        enabled ? (
          <Button icon="spark" disabled={busy} onClick={() => void ask()}>
            {busy ? 'Reviewing…' : shown ? 'Review again' : 'Get AI review'}
          </Button>
        ) : null
      }
    >
      {!enabled ? (
        <p className="muted" data-testid="ai-review-off">
          <Icon name="lock" size={16} /> AI is off, so this answer stayed on your computer. Turn on a provider in{' '}
          <a href="#/settings">Settings → AI</a> for a second opinion from a language model.
        </p>
      ) : null}
      {busy && !shown ? (
        <p className="muted" aria-busy="true">
          Asking {status.data.model}…
        </p>
      ) : null}
      {error ? <ErrorBanner message={error} onRetry={() => void ask()} /> : null}
      {shown ? null : <AiQueueNotice attemptId={attemptId} />}
      {shown ? <ReviewBody review={shown} /> : null}
    </Card>
  );
}
