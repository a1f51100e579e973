import { useCallback, useEffect, useState } from 'react';
import { QUESTION_CATEGORIES, type QuestionCategory } from '../../../../shared/domain/questions/bank-schema';
import type { QuestionDetail } from '../../../../shared/ipc/channels/questions';
import { call, errorMessage } from '../../api/client';
import { titleCase } from '../../app/format';
import { Icon } from '../../components/Icon';
import { Button, Card, ErrorBanner } from '../../components/ui';

export interface ChosenQuestion {
  id: string | null;
  text: string;
  category: QuestionCategory;
}

type Source = 'bank' | 'own';

/** Pick a question from the bank (at random, optionally by category) or write your own. */
export function QuestionStep({
  mode,
  onModeChange,
  onChosen,
}: {
  mode: 'audio' | 'video';
  onModeChange(mode: 'audio' | 'video'): void;
  onChosen(question: ChosenQuestion): void;
}) {
  const [source, setSource] = useState<Source>('bank');
  const [category, setCategory] = useState<QuestionCategory | ''>('');
  const [question, setQuestion] = useState<QuestionDetail | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  const [ownText, setOwnText] = useState('');
  const [ownCategory, setOwnCategory] = useState<QuestionCategory>('behavioral');

  const draw = useCallback(
    (exclude?: string) => {
      setLoading(true);
      setError(undefined);
      call('questions:random', { ...(category ? { category } : {}), ...(exclude ? { excludeId: exclude } : {}) })
        .then(setQuestion)
        .catch((err: unknown) => setError(errorMessage(err)))
        .finally(() => setLoading(false));
    },
    [category],
  );
  useEffect(() => draw(), [draw]);

  const ownValid = ownText.trim().length >= 10;
  return (
    <Card title="1. Choose a question">
      <div className="vi-options">
        <div className="segmented" role="radiogroup" aria-label="Recording mode">
          {(['video', 'audio'] as const).map((m) => (
            <button
              key={m}
              type="button"
              role="radio"
              aria-checked={mode === m}
              className={mode === m ? 'is-selected' : ''}
              onClick={() => onModeChange(m)}
            >
              <Icon name={m === 'video' ? 'video' : 'mic'} size={16} />
              {m === 'video' ? 'Video' : 'Audio only'}
            </button>
          ))}
        </div>
        <div className="segmented" role="radiogroup" aria-label="Question source">
          {(
            [
              ['bank', 'From the question bank'],
              ['own', 'My own question'],
            ] as const
          ).map(([value, text]) => (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={source === value}
              className={source === value ? 'is-selected' : ''}
              onClick={() => setSource(value)}
            >
              {text}
            </button>
          ))}
        </div>
      </div>

      {source === 'bank' ? (
        <div className="vi-bank">
          <label className="field vi-category">
            <span>Category</span>
            <select value={category} onChange={(e) => setCategory(e.target.value as QuestionCategory | '')}>
              <option value="">Any category</option>
              {QUESTION_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {titleCase(c)}
                </option>
              ))}
            </select>
          </label>
          {error ? <ErrorBanner message={error} onRetry={() => draw()} /> : null}
          {question ? (
            <blockquote className="vi-question" data-testid="bank-question">
              <div className="vi-question-meta">
                {titleCase(question.category)} · {question.difficulty}
              </div>
              {question.text}
            </blockquote>
          ) : !loading && !error ? (
            <p className="card-intro">No question matches this category yet.</p>
          ) : null}
          <div className="vi-actions">
            <Button icon="refresh" disabled={loading} onClick={() => draw(question?.id)}>
              Another question
            </Button>
            <Button
              variant="primary"
              icon={mode === 'video' ? 'video' : 'mic'}
              disabled={!question}
              onClick={() =>
                question &&
                onChosen({ id: question.id, text: question.text, category: question.category as QuestionCategory })
              }
            >
              Answer this question
            </Button>
          </div>
        </div>
      ) : (
        <div className="vi-own">
          <label className="field">
            <span>Your question</span>
            <textarea
              rows={3}
              value={ownText}
              maxLength={400}
              placeholder="e.g. Tell me about a time you had to learn something quickly."
              onChange={(e) => setOwnText(e.target.value)}
            />
          </label>
          <label className="field vi-category">
            <span>Category</span>
            <select value={ownCategory} onChange={(e) => setOwnCategory(e.target.value as QuestionCategory)}>
              {QUESTION_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {titleCase(c)}
                </option>
              ))}
            </select>
          </label>
          <div className="vi-actions">
            <Button
              variant="primary"
              icon={mode === 'video' ? 'video' : 'mic'}
              disabled={!ownValid}
              onClick={() => onChosen({ id: null, text: ownText.trim(), category: ownCategory })}
            >
              Answer this question
            </Button>
          </div>
        </div>
      )}
    </Card>
  );
}
