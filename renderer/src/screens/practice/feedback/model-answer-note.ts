import type { QuestionSource } from '../../../../../shared/ipc/channels/questions';

/**
 * Why "Show model answer" is unavailable, and what would make it available, in words shown next
 * to the greyed button (a tooltip alone is invisible to keyboard and touch users).
 */
export function modelAnswerNote(source: QuestionSource): string {
  const unlock = 'Questions marked “Model answer” in the question list have one to compare with.';
  if (source === 'bank') return `No model answer: the question bank has none for this question yet. ${unlock}`;
  return `No model answer: questions you add or generate come without one. ${unlock}`;
}
