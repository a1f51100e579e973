import { useEffect, useRef, useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { formatScore, formatWhen } from '../../app/format';
import { Button, Card, ErrorBanner } from '../../components/ui';

/** Answers the account service refused (kept, never retried in a loop) until the user dismisses them. */
export function RejectionsCard({ rejectedCount }: { rejectedCount: number | undefined }) {
  const list = useQuery('sync:rejections', {});
  const [error, setError] = useState<string>();
  const reload = list.reload;
  // The sync status event says when the count moved; the list follows it.
  const seenCount = useRef(rejectedCount);
  useEffect(() => {
    if (seenCount.current === rejectedCount) return;
    seenCount.current = rejectedCount;
    reload();
  }, [rejectedCount, reload]);

  const dismiss = (input: { attemptId: string } | { all: true }): void => {
    setError(undefined);
    call('sync:dismiss-rejections', input).then(reload, (err: unknown) => setError(errorMessage(err)));
  };

  const items = list.data ?? [];
  if (items.length === 0 && !list.error && !error) return null;
  return (
    <Card
      title={list.data ? `Answers the service refused · ${items.length}` : 'Answers the service refused'}
      className="account-rejections"
      actions={
        items.length > 1 ? (
          <Button variant="ghost" onClick={() => dismiss({ all: true })}>
            Dismiss all
          </Button>
        ) : undefined
      }
    >
      <p className="card-intro">
        They stay on this computer and in your reports; they are just not counted on the leaderboard.
      </p>
      {list.error ? <ErrorBanner message={list.error} onRetry={reload} /> : null}
      {error ? <ErrorBanner message={error} /> : null}
      <ul className="rejection-list" data-testid="rejections">
        {items.map((item) => (
          <li key={item.attemptId} className="rejection-row">
            <div className="rejection-main">
              <div className="attempt-question">{item.questionText ?? 'An answer no longer on this computer'}</div>
              <div className="attempt-meta">
                {item.score === null ? '' : `Score ${formatScore(item.score)} · `}
                {item.answeredAt ? `answered ${formatWhen(item.answeredAt)} · ` : ''}
                refused {formatWhen(item.rejectedAt)}
              </div>
              <div className="rejection-reason">{item.message}</div>
            </div>
            <Button variant="ghost" onClick={() => dismiss({ attemptId: item.attemptId })}>
              Dismiss
            </Button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
