import type { ReactNode } from 'react';
import type { QuestionSummary } from '../../../../../shared/ipc/channels/questions';
import { BookmarkButton } from '../BookmarkButton';
import { categoryLabel, difficultyLabel } from '../labels';
import { practiceHref } from '../practice-route';

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
