import { AppError } from '../../../../shared/ipc/result';
import { createCustomQuestion, deleteCustomQuestion, updateCustomQuestion } from '../../questions/custom-questions';
import { matchJob } from '../../questions/job-matching';
import {
  getQuestion,
  getQuestions,
  questionFacets,
  randomQuestion,
  searchQuestions,
} from '../../questions/question-queries';
import type { MainServices } from '../../services';
import type { Handlers } from '../handler-types';

type QuestionChannel =
  | 'questions:search'
  | 'questions:get'
  | 'questions:get-many'
  | 'questions:random'
  | 'questions:facets'
  | 'questions:create-custom'
  | 'questions:update-custom'
  | 'questions:delete-custom'
  | 'questions:match-job';

export function questionHandlers(services: MainServices): Handlers<QuestionChannel> {
  const { db } = services;
  return {
    'questions:search': (input) => searchQuestions(db, input),
    'questions:get': async ({ id }) => {
      const question = await getQuestion(db, id);
      if (!question) throw new AppError('NOT_FOUND', 'That question is not in the bank or your own questions.');
      return question;
    },
    'questions:get-many': ({ ids }) => getQuestions(db, ids),
    'questions:random': (filters) => randomQuestion(db, filters),
    'questions:facets': () => questionFacets(db),
    'questions:create-custom': async (input) => {
      const id = await createCustomQuestion(db, input, services.now());
      services.events.emit('data:changed', { scope: 'questions' });
      const question = await getQuestion(db, id);
      if (!question) throw new AppError('INTERNAL', 'The question was not saved.');
      return question;
    },
    'questions:update-custom': async (input) => {
      if (!(await updateCustomQuestion(db, input))) {
        throw new AppError('NOT_FOUND', 'Only your own questions can be edited, and that one is not among them.');
      }
      services.events.emit('data:changed', { scope: 'questions' });
      const question = await getQuestion(db, input.id);
      if (!question) throw new AppError('INTERNAL', 'The question was not saved.');
      return question;
    },
    'questions:delete-custom': async ({ id }) => {
      const deleted = await deleteCustomQuestion(db, id);
      if (deleted) services.events.emit('data:changed', { scope: 'questions' });
      return { deleted };
    },
    'questions:match-job': ({ description, limit }) => matchJob(db, description, limit),
  };
}
