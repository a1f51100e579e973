import { AppError } from '../../../../shared/ipc/result';
import { listSaved, removeSaved, saveQuestion, setSavedNote } from '../../questions/saved-questions';
import type { MainServices } from '../../services';
import type { Handlers } from '../handler-types';

export function savedHandlers(
  services: MainServices,
): Handlers<'saved:list' | 'saved:add' | 'saved:remove' | 'saved:set-note'> {
  const { db, events } = services;
  const changed = (): void => events.emit('data:changed', { scope: 'saved' });
  return {
    'saved:list': () => listSaved(db),
    'saved:add': async ({ questionId, note }) => {
      if (!(await saveQuestion(db, questionId, note, services.now())))
        throw new AppError('NOT_FOUND', 'That question no longer exists.');
      changed();
      return { saved: true as const };
    },
    'saved:remove': async ({ questionId }) => {
      const removed = await removeSaved(db, questionId);
      if (removed) changed();
      return { removed };
    },
    'saved:set-note': async ({ questionId, note }) => {
      if (!(await setSavedNote(db, questionId, note)))
        throw new AppError('NOT_FOUND', 'Save the question before adding a note.');
      changed();
      return { note };
    },
  };
}
