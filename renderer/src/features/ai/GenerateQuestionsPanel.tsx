import { useId, useState } from 'react';
import { QUESTION_CATEGORIES, type QuestionCategory } from '../../../../shared/domain/questions/bank-schema';
import type { GenerateQuestionsResult } from '../../../../shared/ipc/channels/ai';
import { call, errorMessage } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { Button, ErrorBanner } from '../../components/ui';
import { categoryLabel } from '../../screens/practice/labels';
import { QuestionSetResult } from '../../screens/practice/chooser/QuestionList';
import { AiQueueNotice } from './AiQueueNotice';
import './ai.css';

type Difficulty = 'easy' | 'medium' | 'hard';

/** New questions from the model, saved as the user's own and practised like the bank's. */
export function GenerateQuestionsPanel() {
  const id = useId();
  const status = useQuery('ai:status', {});
  const [category, setCategory] = useState<QuestionCategory>('behavioral');
  const [difficulty, setDifficulty] = useState<Difficulty>('medium');
  const [count, setCount] = useState(3);
  const [job, setJob] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<GenerateQuestionsResult>();

  if (status.data && !status.data.enabled) {
    return (
      <p className="muted" data-testid="generate-off">
        Generating questions needs a language model. Turn on a provider in <a href="#/settings">Settings → AI</a>; until
        then nothing is sent anywhere.
      </p>
    );
  }

  const generate = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      setResult(
        await call('ai:generate-questions', {
          category,
          difficulty,
          count,
          ...(job.trim() ? { jobDescription: job.trim() } : {}),
        }),
      );
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="ai-generate">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void generate();
        }}
      >
        <div className="ai-generate-row">
          <label className="field">
            Category
            <select value={category} onChange={(event) => setCategory(event.target.value as QuestionCategory)}>
              {QUESTION_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {categoryLabel(c)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            Difficulty
            <select value={difficulty} onChange={(event) => setDifficulty(event.target.value as Difficulty)}>
              <option value="easy">Easy</option>
              <option value="medium">Medium</option>
              <option value="hard">Hard</option>
            </select>
          </label>
          <label className="field">
            How many
            <input
              type="number"
              min={1}
              max={10}
              value={count}
              onChange={(event) => setCount(Math.min(10, Math.max(1, Number(event.target.value) || 1)))}
            />
          </label>
        </div>
        <label className="field" htmlFor={id}>
          Job description (optional)
        </label>
        <textarea id={id} className="job-text" rows={4} value={job} onChange={(event) => setJob(event.target.value)} />
        <p className="field-hint">
          The category, difficulty and any job description you paste are sent to {status.data?.model ?? 'the model'}.
        </p>
        <div className="form-actions">
          <span />
          <Button variant="primary" type="submit" icon="spark" disabled={busy}>
            {busy ? 'Generating…' : 'Generate questions'}
          </Button>
        </div>
      </form>
      {error ? <ErrorBanner message={error} /> : null}
      <AiQueueNotice kind="ai-questions" />
      {result ? (
        <QuestionSetResult
          label="Generated questions"
          summary={
            <>
              <strong>
                {result.questions.length} new {result.questions.length === 1 ? 'question' : 'questions'} from{' '}
                {result.model}
              </strong>
              {result.duplicatesSkipped ? (
                <div className="muted small">
                  {result.duplicatesSkipped} left out: too close to questions you already have.
                </div>
              ) : null}
            </>
          }
          questions={result.questions.map((question) => ({ question }))}
        />
      ) : null}
    </div>
  );
}
