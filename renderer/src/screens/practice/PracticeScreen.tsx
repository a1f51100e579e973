import type { ScreenProps } from '../../app/screens';
import { useQuery } from '../../api/use-query';
import { EmptyState, ErrorBanner } from '../../components/ui';
import { AnswerView } from './answer/AnswerView';
import { QuestionChooser } from './chooser/QuestionChooser';
import { FeedbackView } from './feedback/FeedbackView';
import { practiceHref, readPracticeLocation } from './practice-route';
import './practice.css';

function QuestionPractice({ id, attempt, queue }: { id: string; attempt?: string; queue?: readonly string[] }) {
  const question = useQuery('questions:get', { id });
  if (question.error) {
    return (
      <div className="screen practice-screen">
        <ErrorBanner message={question.error} onRetry={question.reload} />
        <EmptyState
          icon="practice"
          title="This question is not available"
          action={<a href={practiceHref({})}>Choose another question</a>}
        />
      </div>
    );
  }
  if (!question.data || question.data.id !== id) {
    return (
      <div className="screen practice-screen">
        <div className="loading" aria-busy="true">
          Loading the question…
        </div>
      </div>
    );
  }
  // Keyed by question so moving through a set starts each answer fresh.
  return attempt ? (
    <FeedbackView key={attempt} question={question.data} attemptId={attempt} queue={queue} />
  ) : (
    <AnswerView key={id} question={question.data} queue={queue} />
  );
}

/**
 * Practice: choose a question (#/practice), answer it (?q=id), read the feedback (&attempt=id).
 * Where the user is lives in the URL, so a reload or restart comes back to the same place.
 */
export function PracticeScreen({ params }: ScreenProps) {
  const location = readPracticeLocation(params);
  return location.q ? (
    <QuestionPractice id={location.q} attempt={location.attempt} queue={location.queue} />
  ) : (
    <QuestionChooser />
  );
}
