import type { ReactNode } from 'react';
import type { QuestionSummary } from '../../../../../shared/ipc/channels/questions';
import { Button } from '../../../components/ui';
import { BookmarkButton } from '../BookmarkButton';
import { categoryLabel, difficultyLabel } from '../labels';
import { practiceHref, practiseSet } from '../practice-route';

export function DifficultyBadge({ difficulty }: { difficulty: string }) {
  return <span className={`badge badge-${difficulty}`}>{difficultyLabel(difficulty)}</span>;
}

export function QuestionRow({
  question,
  extra,
  queue,
}: {
  question: QuestionSummary;
  extra?: ReactNode;
  queue?: readonly string[];
}) {
  return (
    <li className="question-row">
      <a className="question-link" href={practiceHref({ q: question.id, queue })}>
        <span className="question-text">{question.text}</span>
        <span className="question-meta">
          <span className="badge badge-category">{categoryLabel(question.category)}</span>
          <DifficultyBadge difficulty={question.difficulty} />
          {question.source === 'custom' ? <span className="badge badge-custom">Your question</span> : null}
          {question.source === 'generated' ? <span className="badge badge-ai">AI-generated</span> : null}
          {question.hasModelAnswer ? <span className="meta-note">Model answer</span> : null}
        </span>
        {extra}
      </a>
      <BookmarkButton questionId={question.id} saved={question.saved} compact />
    </li>
  );
}

export function QuestionList({ questions, label }: { questions: readonly QuestionSummary[]; label: string }) {
  return (
    <ul className="question-list" aria-label={label}>
      {questions.map((q) => (
        <QuestionRow key={q.id} question={q} />
      ))}
    </ul>
  );
}

/** A set of questions just made for the user (matched to a job, generated), with "Practise these N". */
export function QuestionSetResult({
  summary,
  label,
  questions,
}: {
  summary: ReactNode;
  label: string;
  questions: ReadonlyArray<{ question: QuestionSummary; extra?: ReactNode }>;
}) {
  const ids = questions.map((q) => q.question.id);
  return (
    <div className="job-result" aria-live="polite">
      <div className="job-summary">
        <div>{summary}</div>
        <Button variant="primary" icon="practice" disabled={ids.length === 0} onClick={() => practiseSet(ids)}>
          Practise these {ids.length}
        </Button>
      </div>
      <ul className="question-list" aria-label={label}>
        {questions.map(({ question, extra }) => (
          <QuestionRow key={question.id} question={question} queue={ids} extra={extra} />
        ))}
      </ul>
    </div>
  );
}
