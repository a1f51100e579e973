import { useId, useState } from 'react';
import { QUESTION_CATEGORIES } from '../../../../../shared/domain/questions/bank-schema';
import { call, errorMessage } from '../../../api/client';
import { Button, ErrorBanner } from '../../../components/ui';
import { categoryLabel, difficultyLabel } from '../labels';
import { goToPractice } from '../practice-route';

type Difficulty = 'easy' | 'medium' | 'hard';
type Category = (typeof QUESTION_CATEGORIES)[number];

/** A question of the user's own (from a real interview, a recruiter's list); graded like bank questions. */
export function CustomQuestionForm() {
  const ids = { text: useId(), category: useId(), difficulty: useId(), points: useId() };
  const [text, setText] = useState('');
  const [category, setCategory] = useState<Category>('behavioral');
  const [difficulty, setDifficulty] = useState<Difficulty>('medium');
  const [points, setPoints] = useState('');
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
      const question = await call('questions:create-custom', { text: text.trim(), category, difficulty, keyPoints });
      goToPractice({ q: question.id });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="custom-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label htmlFor={ids.text}>Your question</label>
        <textarea
          id={ids.text}
          rows={2}
          maxLength={400}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="e.g. Tell me about a time you turned a frustrated customer around."
        />
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor={ids.category}>Category</label>
          <select id={ids.category} value={category} onChange={(e) => setCategory(e.target.value as Category)}>
            {QUESTION_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c)}
              </option>
            ))}
          </select>
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
      </div>
      <div className="field">
        <label htmlFor={ids.points}>What a good answer covers (optional, one point per line, up to 6)</label>
        <textarea
          id={ids.points}
          rows={3}
          maxLength={1200}
          value={points}
          onChange={(e) => setPoints(e.target.value)}
          placeholder={'Acknowledges the customer’s frustration\nStates the result in numbers'}
        />
      </div>
      {error ? <ErrorBanner message={error} /> : null}
      <div className="form-actions">
        <span className="muted small">Saved on this computer with your practice history.</span>
        <Button variant="primary" type="submit" disabled={busy || text.trim().length === 0}>
          {busy ? 'Saving…' : 'Add and practise'}
        </Button>
      </div>
    </form>
  );
}
