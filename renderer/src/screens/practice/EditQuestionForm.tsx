import type { QuestionType } from '../../../../shared/domain/questions/bank-schema';
import type { QuestionDetail } from '../../../../shared/ipc/channels/questions';
import { call } from '../../api/client';
import { Button } from '../../components/ui';
import { QuestionForm, type Category } from './QuestionForm';

/** Edits one of the user's own questions (written or AI-generated); the screen reloads it once saved. */
export function EditQuestionForm({ question, onDone }: { question: QuestionDetail; onDone(): void }) {
  return (
    <QuestionForm
      initial={{
        text: question.text,
        category: question.category as Category,
        difficulty: question.difficulty,
        keyPoints: question.keyPoints.map((k) => k.text),
      }}
      chooseCategory={false}
      labels={{
        form: 'Edit question',
        text: 'Question',
        points: 'What a good answer covers (one point per line, up to 6)',
        submit: 'Save changes',
      }}
      aside={
        <Button variant="ghost" type="button" onClick={onDone}>
          Cancel
        </Button>
      }
      onSubmit={async (values) => {
        await call('questions:update-custom', {
          ...values,
          id: question.id,
          type: question.type as QuestionType,
          ...(question.modelAnswer ? { modelAnswer: question.modelAnswer } : {}),
        });
        onDone();
      }}
    />
  );
}
