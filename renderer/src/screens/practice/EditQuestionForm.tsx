import { useId, useState } from 'react';
import type { QuestionCategory, QuestionType } from '../../../../shared/domain/questions/bank-schema';
import type { QuestionDetail } from '../../../../shared/ipc/channels/questions';
import { call, errorMessage } from '../../api/client';
import { Button, ErrorBanner } from '../../components/ui';
import { difficultyLabel } from './labels';

type Difficulty = QuestionDetail['difficulty'];

/** Edits one of the user's own questions (written or AI-generated); the screen reloads it once saved. */
export function EditQuestionForm({ question, onDone }: { question: QuestionDetail; onDone(): void }) {
  const ids = { text: useId(), difficulty: useId(), points: useId() };
  const [text, setText] = useState(question.text);
  const [difficulty, setDifficulty] = useState<Difficulty>(question.difficulty);
  const [points, setPoints] = useState(question.keyPoints.map((k) => k.text).join('\n'));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const save = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      const keyPoints = points
        .split('\n')
        .map((p) => p.trim())
        .filter((p) => p.length >= 3)
        .slice(0, 6);
      await call('questions:update-custom', {
        id: question.id,
        text: text.trim(),
        category: question.category as QuestionCategory,
        difficulty,
        type: question.type as QuestionType,
        keyPoints,
        ...(question.modelAnswer ? { modelAnswer: question.modelAnswer } : {}),
      });
      onDone();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="custom-form"
      aria-label="Edit question"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label htmlFor={ids.text}>Question</label>
        <textarea id={ids.text} rows={2} maxLength={400} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.difficulty}>Difficulty</label>
        <select id={ids.difficulty} value={difficulty} onChange={(e) => setDifficulty(e.target.value as Difficulty)}>
          {(['easy', 'medium', 'hard'] as const).map((d) => (
            <option key={d} value={d}>
              {difficultyLabel(d)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.points}>What a good answer covers (one point per line, up to 6)</label>
        <textarea
          id={ids.points}
          rows={4}
          maxLength={1200}
          value={points}
          onChange={(e) => setPoints(e.target.value)}
        />
      </div>
      {error ? <ErrorBanner message={error} /> : null}
      <div className="form-actions">
        <Button variant="ghost" type="button" onClick={onDone}>
          Cancel
        </Button>
        <Button variant="primary" type="submit" disabled={busy || text.trim().length === 0}>
          {busy ? 'Saving…' : 'Save changes'}
        </Button>
      </div>
    </form>
  );
}
