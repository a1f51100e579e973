import { useState } from 'react';
import type { QuestionDetail } from '../../../../shared/ipc/channels/questions';
import { BookmarkButton } from './BookmarkButton';
import { EditQuestionForm } from './EditQuestionForm';
import { DifficultyBadge } from './chooser/QuestionList';
import { categoryLabel, TYPE_HINTS } from './labels';
import { Icon } from '../../components/Icon';
import { Button } from '../../components/ui';
import { practiceHref } from './practice-route';

/** The practice header: back to the bank, where in a set the user is, and the question itself. */
export function QuestionCard({
  question,
  queue,
  showHint = true,
}: {
  question: QuestionDetail;
  queue?: readonly string[];
  showHint?: boolean;
}) {
  const position = queue ? queue.indexOf(question.id) : -1;
  const [editing, setEditing] = useState(false);
  const editable = question.source === 'custom' || question.source === 'generated';
  return (
    <>
      <div className="practice-topbar">
        <a className="back-link" href={practiceHref({})}>
          <Icon name="arrowLeft" size={16} />
          All questions
        </a>
        {queue && position >= 0 ? (
          <span className="queue-progress" data-testid="queue-progress">
            Question {position + 1} of {queue.length}
          </span>
        ) : null}
      </div>
      <section className="question-card card" aria-labelledby="question-text">
        <div className="question-card-head">
          <div className="question-badges">
            <span className="badge badge-category">{categoryLabel(question.category)}</span>
            <DifficultyBadge difficulty={question.difficulty} />
            {question.source === 'custom' ? <span className="badge badge-custom">Your question</span> : null}
            {question.source === 'generated' ? <span className="badge badge-ai">AI-generated</span> : null}
            {question.archived ? <span className="badge">No longer in the bank</span> : null}
            {question.attemptCount > 0 ? (
              <span className="meta-note">
                Answered {question.attemptCount}× · best {Math.round(question.bestScore ?? 0)}
              </span>
            ) : null}
          </div>
          <div className="question-card-actions">
            {editable && !editing ? (
              <Button variant="ghost" onClick={() => setEditing(true)}>
                Edit question
              </Button>
            ) : null}
            <BookmarkButton questionId={question.id} saved={question.saved} />
          </div>
        </div>
        <h1 id="question-text" className="question-title">
          {question.text}
        </h1>
        {editing ? <EditQuestionForm key={question.id} question={question} onDone={() => setEditing(false)} /> : null}
        {showHint && TYPE_HINTS[question.type] ? <p className="question-hint">{TYPE_HINTS[question.type]}</p> : null}
      </section>
    </>
  );
}
