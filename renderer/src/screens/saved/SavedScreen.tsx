import { useState } from 'react';
import type { SavedQuestion } from '../../../../shared/ipc/channels/saved';
import { call, errorMessage } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { formatScore, formatWhen, scoreTone } from '../../app/format';
import { Button, Card, EmptyState, ErrorBanner, PageHeader } from '../../components/ui';
import { DifficultyBadge } from '../practice/chooser/QuestionList';
import { categoryLabel } from '../practice/labels';
import { Icon } from '../../components/Icon';
import { practiceHref, practiseSet } from '../practice/practice-route';
import { SavedNote } from './SavedNote';
import './saved.css';

function SavedRow({
  item,
  queue,
  onError,
}: {
  item: SavedQuestion;
  queue: readonly string[];
  onError(message: string): void;
}) {
  const [removing, setRemoving] = useState(false);
  const q = item.question;
  const remove = async (): Promise<void> => {
    setRemoving(true);
    try {
      await call('saved:remove', { questionId: q.id });
    } catch (err) {
      onError(errorMessage(err));
      setRemoving(false);
    }
  };
  return (
    <li className="saved-item" data-testid="saved-item">
      <div className="saved-main">
        <div className="question-meta">
          <span className="badge badge-category">{categoryLabel(q.category)}</span>
          <DifficultyBadge difficulty={q.difficulty} />
          <span className="meta-note">Saved {formatWhen(item.savedAt)}</span>
        </div>
        <a className="saved-question" href={practiceHref({ q: q.id, queue })}>
          {q.text}
        </a>
        <SavedNote questionId={q.id} note={item.note} />
      </div>
      <div className="saved-side">
        {item.lastScore === null ? (
          <span className="saved-score is-none">Not answered yet</span>
        ) : (
          <span className="saved-score">
            <span className={`score-pill tone-${scoreTone(item.lastScore)}`}>{formatScore(item.lastScore)}</span>
            <span className="muted small">
              last score · {item.attemptCount} {item.attemptCount === 1 ? 'try' : 'tries'}
            </span>
          </span>
        )}
        <div className="saved-actions">
          <a className="btn btn-secondary" href={practiceHref({ q: q.id, queue })}>
            Practise
          </a>
          <Button
            variant="ghost"
            onClick={() => void remove()}
            disabled={removing}
            aria-label={`Remove “${q.text}” from saved`}
          >
            <Icon name="trash" size={16} />
            Remove
          </Button>
        </div>
      </div>
    </li>
  );
}

/** Bookmarked questions with the user's notes; practise them one by one or as a set. */
export function SavedScreen() {
  const saved = useQuery('saved:list', {});
  const [error, setError] = useState<string>();
  const items = saved.data ?? [];
  const ids = items.map((i) => i.question.id);
  return (
    <div className="screen saved-screen">
      <PageHeader
        title="Saved questions"
        subtitle="Questions you bookmarked, with your notes. Practise them until they feel easy."
        actions={
          items.length ? (
            <Button variant="primary" icon="practice" onClick={() => practiseSet(ids)}>
              Practise all {items.length}
            </Button>
          ) : null
        }
      />
      {saved.error ? <ErrorBanner message={saved.error} onRetry={saved.reload} /> : null}
      {error ? <ErrorBanner message={error} /> : null}
      {saved.data && items.length === 0 ? (
        <Card>
          <EmptyState
            icon="saved"
            title="No saved questions yet"
            action={
              <a className="btn btn-primary" href={practiceHref({})}>
                Browse questions
              </a>
            }
          >
            Press “Save question” on any question — while practising or on its feedback — and it will wait for you here.
          </EmptyState>
        </Card>
      ) : null}
      {items.length ? (
        <Card>
          <ul className="saved-list" aria-label="Saved questions">
            {items.map((item) => (
              <SavedRow key={item.question.id} item={item} queue={ids} onError={setError} />
            ))}
          </ul>
        </Card>
      ) : null}
      {!saved.data && !saved.error ? (
        <div className="loading" aria-busy="true">
          Loading your saved questions…
        </div>
      ) : null}
    </div>
  );
}
