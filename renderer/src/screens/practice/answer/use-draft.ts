import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../../api/client';

export type DraftStatus = 'idle' | 'saving' | 'saved' | 'error';

export interface DraftState {
  text: string;
  /** False until the stored draft (if any) has been read; the editor waits for it. */
  loaded: boolean;
  /** When the restored draft was last saved; null when there was none. */
  restoredAt: string | null;
  initialElapsedSec: number;
  status: DraftStatus;
  setText(text: string): void;
  /** Writes any pending change now (before submitting, leaving, or reloading). */
  flush(): Promise<void>;
  clear(): Promise<void>;
}

const SAVE_DELAY_MS = 400;

/**
 * The answer being typed for a question, kept in SQLite as the user types (debounced) so it
 * survives a reload, a crash or a restart, and restored when the question is opened again.
 */
export function useDraft(questionId: string, elapsedSec: () => number): DraftState {
  const [text, setTextState] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [initialElapsedSec, setInitialElapsed] = useState(0);
  const [status, setStatus] = useState<DraftStatus>('idle');
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const elapsed = useRef(elapsedSec);
  elapsed.current = elapsedSec;

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const answerText = pending.current;
    if (answerText === null) return;
    pending.current = null;
    setStatus('saving');
    try {
      await call('drafts:save', { questionId, answerText, elapsedSec: Math.round(elapsed.current()) });
      setStatus((s) => (pending.current === null && s === 'saving' ? 'saved' : s));
    } catch {
      setStatus('error');
    }
  }, [questionId]);

  useEffect(() => {
    let cancelled = false;
    setLoaded(false);
    setTextState('');
    setRestoredAt(null);
    setStatus('idle');
    call('drafts:get', { questionId })
      .then((draft) => {
        if (cancelled) return;
        setTextState(draft?.answerText ?? '');
        setRestoredAt(draft?.updatedAt ?? null);
        setInitialElapsed(draft?.elapsedSec ?? 0);
      })
      .catch(() => undefined) // no draft to restore is not an error worth showing
      .finally(() => {
        if (!cancelled) setLoaded(true);
      });
    const onLeave = (): void => void flush();
    window.addEventListener('beforeunload', onLeave);
    return () => {
      cancelled = true;
      window.removeEventListener('beforeunload', onLeave);
      void flush();
    };
  }, [questionId, flush]);

  const setText = useCallback(
    (next: string) => {
      setTextState(next);
      pending.current = next;
      setStatus('saving');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  const clear = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    setStatus('idle');
    await call('drafts:clear', { questionId }).catch(() => undefined);
  }, [questionId]);

  return { text, loaded, restoredAt, initialElapsedSec, status, setText, flush, clear };
}
