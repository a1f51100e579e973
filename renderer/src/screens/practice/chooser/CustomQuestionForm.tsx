import { call } from '../../../api/client';
import { QuestionForm } from '../QuestionForm';
import { goToPractice } from '../practice-route';

/** A question of the user's own (from a real interview, a recruiter's list); graded like bank questions. */
export function CustomQuestionForm() {
  return (
    <QuestionForm
      initial={{ text: '', category: 'behavioral', difficulty: 'medium', keyPoints: [] }}
      chooseCategory
      labels={{
        text: 'Your question',
        points: 'What a good answer covers (optional, one point per line, up to 6)',
        submit: 'Add and practise',
      }}
      placeholders={{
        text: 'e.g. Tell me about a time you turned a frustrated customer around.',
        points: 'Acknowledges the customer’s frustration\nStates the result in numbers',
      }}
      aside={<span className="muted small">Saved on this computer with your practice history.</span>}
      onSubmit={async (values) => {
        const question = await call('questions:create-custom', values);
        goToPractice({ q: question.id });
      }}
    />
  );
}
