import { AppError } from '../../../../shared/ipc/result';
import { clearDraft, getDraft, saveDraft } from '../../questions/drafts';
import type { MainServices } from '../../services';
import type { Handlers } from '../handler-types';

export function draftHandlers(services: MainServices): Handlers<'drafts:get' | 'drafts:save' | 'drafts:clear'> {
  const { db } = services;
  return {
    'drafts:get': ({ questionId }) => getDraft(db, questionId),
    'drafts:save': async (draft) => {
      const now = services.now();
      if (!(await saveDraft(db, draft, now)))
        throw new AppError('NOT_FOUND', 'That question no longer exists, so its draft cannot be kept.');
      // Grammar-check the draft in the evaluator's worker while the candidate types, so submitting
      // only re-checks the sentences that changed since.
      void services.evaluator.precheck(draft.answerText);
      return { saved: true, updatedAt: now.toISOString() };
    },
    'drafts:clear': async ({ questionId }) => ({ cleared: await clearDraft(db, questionId) }),
  };
}
