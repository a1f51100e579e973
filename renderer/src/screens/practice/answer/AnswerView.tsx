import { useEffect, useId, useRef, useState } from 'react';
import { checkAnswer, fitAnswerLength, MAX_ANSWER_CHARS } from '../../../../../shared/domain/evaluator/input-check';
import type { QuestionDetail } from '../../../../../shared/ipc/channels/questions';
import { call, errorMessage } from '../../../api/client';
import { formatWhen } from '../../../app/format';
import { Button } from '../../../components/ui';
import { countWords } from '../../../../../shared/domain/evaluator/text/tokenize';
import { formatClock } from '../labels';
import { Icon } from '../../../components/Icon';
import { goToPractice } from '../practice-route';
import { QuestionCard } from '../QuestionCard';
import { useDraft, type DraftStatus } from './use-draft';
import { useElapsed } from './use-elapsed';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const LONG_ANSWER_SEC = 180;

function DraftIndicator({ status, restoredAt }: { status: DraftStatus; restoredAt: string | null }) {
  const text =
    status === 'saving'
      ? 'Saving draft…'
      : status === 'saved'
        ? 'Draft saved'
        : status === 'error'
          ? 'Draft not saved — keep this window open'
          : restoredAt
            ? `Draft restored (saved ${formatWhen(restoredAt)})`
            : '';
  return (
    <span
      className={`draft-status ${status === 'error' ? 'is-error' : ''}`}
      data-testid="draft-status"
      aria-live="polite"
    >
      {text}
    </span>
  );
}

/** Answering a question by typing: a visible timer, a draft kept as you type, and Ctrl/Cmd+Enter to submit. */
export function AnswerView({ question, queue }: { question: QuestionDetail; queue?: readonly string[] }) {
  const answerId = useId();
  const hintId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const elapsedRead = useRef<() => number>(() => 0);
  const draft = useDraft(question.id, () => elapsedRead.current());
  const timer = useElapsed(draft.initialElapsedSec, draft.loaded && !submitting);
  elapsedRead.current = timer.read;

  useEffect(() => {
    if (draft.loaded) textarea.current?.focus();
  }, [draft.loaded, question.id]);

  const onChange = (value: string): void => {
    setError(undefined);
    if (value.length > MAX_ANSWER_CHARS) {
      // A huge paste is cut at a sentence end, with a message; what is kept is saved at once.
      const fitted = fitAnswerLength(value);
      setNotice(fitted.message ?? undefined);
      draft.setText(fitted.text);
      return;
    }
    draft.setText(value);
  };

  const submit = async (): Promise<void> => {
    if (submitting) return;
    const check = checkAnswer(draft.text);
    if (!check.ok) {
      setError(check.message);
      textarea.current?.focus();
      return;
    }
    setSubmitting(true);
    setError(undefined);
    try {
      await draft.flush();
      const attempt = await call('attempts:submit', {
        questionId: question.id,
        questionText: question.text,
        category: question.category,
        mode: 'text',
        answerText: draft.text,
        durationSec: Math.round(timer.read()),
      });
      await draft.clear();
      goToPractice({ q: question.id, queue, attempt: attempt.id });
    } catch (err) {
      // The answer stays in the box and in the draft: nothing typed is lost.
      setError(errorMessage(err));
      setSubmitting(false);
    }
  };

  const words = countWords(draft.text);
  const long = timer.seconds >= LONG_ANSWER_SEC;
  return (
    <div className="screen practice-screen">
      <QuestionCard question={question} queue={queue} />
      <form
        className="card answer-card"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void submit();
          }
        }}
      >
        <div className="answer-head">
          <label htmlFor={answerId} className="field-label">
            Your answer
          </label>
          <div
            className={`timer ${long ? 'is-long' : ''}`}
            role="timer"
            aria-label={`Time spent: ${formatClock(timer.seconds)}`}
            data-testid="answer-timer"
          >
            <Icon name="clock" size={16} />
            {formatClock(timer.seconds)}
          </div>
        </div>
        <textarea
          id={answerId}
          ref={textarea}
          className="answer-input"
          value={draft.text}
          onChange={(e) => onChange(e.target.value)}
          disabled={!draft.loaded || submitting}
          aria-describedby={hintId}
          aria-invalid={error ? true : undefined}
          placeholder={
            draft.loaded
              ? 'Answer as you would out loud. Be specific: what you did, how, and what changed as a result.'
              : 'Loading your draft…'
          }
          rows={12}
          spellCheck
        />
        {notice ? (
          <p className="answer-notice" role="status">
            <Icon name="info" size={16} />
            {notice}
          </p>
        ) : null}
        {error ? (
          <p className="answer-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="answer-foot sticky-card-foot">
          <div className="answer-stats" id={hintId}>
            <span data-testid="word-count">
              {words} {words === 1 ? 'word' : 'words'}
            </span>
            {long ? <span className="muted">Past three minutes — interviewers start to drift.</span> : null}
            <DraftIndicator status={draft.status} restoredAt={draft.restoredAt} />
          </div>
          <div className="answer-actions">
            <span className="kbd-hint">
              <kbd>{IS_MAC ? '⌘' : 'Ctrl'}</kbd>+<kbd>Enter</kbd> to submit
            </span>
            <Button variant="primary" type="submit" disabled={!draft.loaded || submitting}>
              {submitting ? 'Grading your answer…' : 'Submit for feedback'}
            </Button>
          </div>
        </div>
      </form>
    </div>
  );
}
