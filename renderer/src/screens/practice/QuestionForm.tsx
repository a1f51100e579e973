import { useId, useState, type ReactNode } from 'react';
import { QUESTION_CATEGORIES } from '../../../../shared/domain/questions/bank-schema';
import { useSubmit } from '../../api/use-submit';
import { Button, ErrorBanner } from '../../components/ui';
import { categoryLabel, difficultyLabel } from './labels';

export type Difficulty = 'easy' | 'medium' | 'hard';
export type Category = (typeof QUESTION_CATEGORIES)[number];

export interface QuestionValues {
  text: string;
  category: Category;
  difficulty: Difficulty;
  /** Up to six points of three characters or more, one per line as typed. */
  keyPoints: string[];
}

export interface QuestionFormProps {
  initial: { text: string; category: Category; difficulty: Difficulty; keyPoints: string[] };
  /** A question's category is chosen when it is written; editing keeps it. */
  chooseCategory: boolean;
  labels: { form?: string; text: string; points: string; submit: string };
  placeholders?: { text?: string; points?: string };
  /** Beside the submit button: a Cancel button or a note. */
  aside: ReactNode;
  onSubmit(values: QuestionValues): Promise<void>;
}

function keyPointsFrom(lines: string): string[] {
  return lines
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p.length >= 3)
    .slice(0, 6);
}

/** The fields of one of the user's own questions, for writing a new one or editing it. */
export function QuestionForm({ initial, chooseCategory, labels, placeholders, aside, onSubmit }: QuestionFormProps) {
  const ids = { text: useId(), category: useId(), difficulty: useId(), points: useId() };
  const [text, setText] = useState(initial.text);
  const [category, setCategory] = useState<Category>(initial.category);
  const [difficulty, setDifficulty] = useState<Difficulty>(initial.difficulty);
  const [points, setPoints] = useState(initial.keyPoints.join('\n'));
  const submit = useSubmit();
  const save = (): void =>
    submit.run(() => onSubmit({ text: text.trim(), category, difficulty, keyPoints: keyPointsFrom(points) }));

  const difficultyField = (
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
  );

  return (
    <form
      className="custom-form"
      aria-label={labels.form}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <div className="field">
        <label htmlFor={ids.text}>{labels.text}</label>
        <textarea
          id={ids.text}
          rows={2}
          maxLength={400}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={placeholders?.text}
        />
      </div>
      {chooseCategory ? (
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
          {difficultyField}
        </div>
      ) : (
        difficultyField
      )}
      <div className="field">
        <label htmlFor={ids.points}>{labels.points}</label>
        <textarea
          id={ids.points}
          rows={chooseCategory ? 3 : 4}
          maxLength={1200}
          value={points}
          onChange={(e) => setPoints(e.target.value)}
          placeholder={placeholders?.points}
        />
      </div>
      {submit.error ? <ErrorBanner message={submit.error} /> : null}
      <div className="form-actions">
        {aside}
        <Button variant="primary" type="submit" disabled={submit.busy || text.trim().length === 0}>
          {submit.busy ? 'Saving…' : labels.submit}
        </Button>
      </div>
    </form>
  );
}
