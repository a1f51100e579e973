import type { Evaluation } from '../../../../../shared/domain/evaluator/schema';
import { Card } from '../../../components/ui';
import { FeedbackItems } from './FeedbackItems';
import { HighlightedAnswer } from './HighlightedAnswer';
import { KeyPoints } from './KeyPoints';
import { StarBreakdown } from './StarBreakdown';

/** The answer marked up in place, key points, STAR and coaching notes: the body of any feedback view. */
export function EvaluationDetails({ answerText, evaluation }: { answerText: string; evaluation: Evaluation }) {
  return (
    <>
      <Card title="Your answer, marked up">
        <HighlightedAnswer text={answerText} highlights={evaluation.highlights} />
      </Card>
      <div className="feedback-grid">
        <Card title="Key points">
          <KeyPoints evaluation={evaluation} />
        </Card>
        <Card title="STAR structure">
          <StarBreakdown evaluation={evaluation} />
        </Card>
      </div>
      <Card title="Coaching notes">
        <FeedbackItems feedback={evaluation.feedback} />
      </Card>
    </>
  );
}
