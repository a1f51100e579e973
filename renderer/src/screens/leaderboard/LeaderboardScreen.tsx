import { useEffect, useRef, useState } from 'react';
import type { LeaderboardView } from '../../../../shared/ipc/channels/sync';
import type { LeaderboardPeriod } from '../../../../shared/sync/leaderboard';
import { useQuery } from '../../api/use-query';
import type { ScreenProps } from '../../app/screens';
import { hrefFor } from '../../app/router';
import { Button, Card, EmptyState, ErrorBanner, PageHeader } from '../../components/ui';
import { LeaderboardOptIn } from '../../features/account/LeaderboardOptIn';
import { useAccountStatus } from '../../features/account/use-account';
import { categoryLabel } from '../practice/labels';
import { BoardTable } from './BoardTable';
import './leaderboard.css';

const PERIODS: ReadonlyArray<{ value: LeaderboardPeriod; label: string }> = [
  { value: 'week', label: 'This week' },
  { value: 'all', label: 'All time' },
];

function formatAsOf(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function SignInLink({ label = 'Sign in' }: { label?: string }) {
  return (
    <a className="btn btn-primary" href={hrefFor('account')}>
      {label}
    </a>
  );
}

/** What to show when there is no board: signed out, offline with nothing cached, no service, an error. */
function NoBoard({ view, onRetry }: { view: LeaderboardView; onRetry(): void }) {
  switch (view.problem) {
    case 'signed-out':
      return (
        <EmptyState icon="leaderboard" title="Sign in to see the leaderboard" action={<SignInLink />}>
          With an account your scores sync and you can choose to appear here. Practice works the same without one.
        </EmptyState>
      );
    case 'no-server':
      return (
        <EmptyState
          icon="leaderboard"
          title="No account service is set"
          action={
            <a className="btn btn-primary" href={hrefFor('settings', { section: 'account' })}>
              Open Account and sync
            </a>
          }
        >
          The leaderboard lives on the account service. Add its address in Settings.
        </EmptyState>
      );
    case 'offline':
      return (
        <EmptyState
          icon="offline"
          title="Offline, and no leaderboard saved yet"
          action={
            <Button icon="refresh" onClick={onRetry}>
              Try again
            </Button>
          }
        >
          {view.message ?? 'The account service could not be reached.'} The board is kept on this computer the first
          time it loads, so next time you can see it offline.
        </EmptyState>
      );
    default:
      return <ErrorBanner message={view.message ?? 'The leaderboard could not be loaded.'} onRetry={onRetry} />;
  }
}

function periodLine(view: LeaderboardView, period: LeaderboardPeriod): string {
  const since = view.board?.since;
  if (period === 'week' && since) {
    return `Since ${new Date(since).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'short' })}. `;
  }
  return period === 'all' ? 'Since the start. ' : '';
}

export function LeaderboardScreen({ params }: ScreenProps) {
  const [period, setPeriod] = useState<LeaderboardPeriod>(params.get('period') === 'all' ? 'all' : 'week');
  const [category, setCategory] = useState(params.get('category') ?? '');
  const account = useAccountStatus();
  const facets = useQuery('questions:facets', {});
  const board = useQuery('leaderboard:get', {
    period,
    ...(category ? { category } : {}),
    refresh: true,
  });
  const view = board.data;
  const signedIn = account.data?.signedIn ?? false;
  const reloadBoard = board.reload;
  // Signing in or out, or opting in elsewhere, changes the board: load it again.
  const accountKey = `${signedIn}/${account.data?.user?.leaderboardOptIn ?? false}`;
  const seenKey = useRef(accountKey);
  useEffect(() => {
    if (seenKey.current === accountKey) return;
    seenKey.current = accountKey;
    reloadBoard();
  }, [accountKey, reloadBoard]);

  return (
    <div className="screen leaderboard-screen">
      <PageHeader
        title="Leaderboard"
        subtitle="Points are the sum of the scores of your answers in the period; ties share a rank."
        actions={
          <Button icon="refresh" disabled={board.loading} onClick={board.reload}>
            Refresh
          </Button>
        }
      />
      <div className="board-controls">
        <div className="segmented" role="radiogroup" aria-label="Period">
          {PERIODS.map((option) => (
            <button
              key={option.value}
              type="button"
              role="radio"
              aria-checked={period === option.value}
              className={period === option.value ? 'is-selected' : ''}
              onClick={() => setPeriod(option.value)}
            >
              {option.label}
            </button>
          ))}
        </div>
        <label className="board-category">
          <span>Category</span>
          <select value={category} onChange={(event) => setCategory(event.target.value)} aria-label="Category">
            <option value="">All categories</option>
            {(facets.data?.categories ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {categoryLabel(c.id)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {signedIn ? (
        <Card>
          <LeaderboardOptIn account={account.data} onChange={account.set} />
        </Card>
      ) : null}
      {board.error ? <ErrorBanner message={board.error} onRetry={board.reload} /> : null}
      {view?.source === 'cache' && view.asOf ? (
        <div className="board-as-of" role="status" data-testid="board-as-of">
          As of {formatAsOf(view.asOf)}
          {view.message ? ` — ${view.message}` : ''}
        </div>
      ) : null}
      {!view ? (
        board.error ? null : (
          <div className="loading">Loading the leaderboard…</div>
        )
      ) : !view.board ? (
        <NoBoard view={view} onRetry={board.reload} />
      ) : (
        <Card
          title={`${PERIODS.find((p) => p.value === period)?.label ?? ''}${category ? ` · ${categoryLabel(category)}` : ''}`}
        >
          <p className="setting-hint">
            {periodLine(view, period)}
            {!signedIn ? 'Sign in to see where you stand. ' : ''}
          </p>
          {view.board.entries.length === 0 ? (
            <EmptyState icon="leaderboard" title="Nobody has opted in yet">
              {signedIn
                ? 'Be the first: turn on “Show me on the leaderboard” above.'
                : 'People appear here when they choose to. Sign in to join them.'}
            </EmptyState>
          ) : null}
          {view.board.entries.length > 0 || view.board.me ? <BoardTable board={view.board} /> : null}
          {!signedIn && view.problem === 'signed-out' ? (
            <p className="board-footer">
              <a href={hrefFor('account')}>Sign in</a> to sync your scores and appear here.
            </p>
          ) : null}
        </Card>
      )}
    </div>
  );
}
