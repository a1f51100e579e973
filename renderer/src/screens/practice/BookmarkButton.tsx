import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { Icon } from '../../components/Icon';

/** Saves or un-saves a question; the label says what pressing it will do. */
export function BookmarkButton({
  questionId,
  saved,
  compact = false,
  onError,
}: {
  questionId: string;
  saved: boolean;
  compact?: boolean;
  onError?: (message: string) => void;
}) {
  // The pressed state shows at once; it yields to the prop as soon as the prop changes (reload).
  const [optimistic, setOptimistic] = useState<{ from: boolean; value: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const isSaved = optimistic && optimistic.from === saved ? optimistic.value : saved;
  const toggle = async (): Promise<void> => {
    setBusy(true);
    setOptimistic({ from: saved, value: !isSaved });
    try {
      if (isSaved) await call('saved:remove', { questionId });
      else await call('saved:add', { questionId });
    } catch (err) {
      setOptimistic(null);
      onError?.(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const label = isSaved ? 'Saved' : 'Save question';
  return (
    <button
      type="button"
      className={`bookmark-btn ${isSaved ? 'is-saved' : ''} ${compact ? 'is-compact' : ''}`}
      aria-pressed={isSaved}
      aria-label={compact ? (isSaved ? 'Remove from saved questions' : 'Save question') : undefined}
      title={isSaved ? 'Remove from saved questions' : 'Save this question to practise later'}
      disabled={busy}
      onClick={() => void toggle()}
    >
      <Icon name="bookmark" size={16} filled={isSaved} />
      {compact ? null : <span>{label}</span>}
    </button>
  );
}
