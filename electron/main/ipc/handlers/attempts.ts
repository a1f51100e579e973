import { createAttemptService } from '../../attempts/attempt-service';
import type { MainServices } from '../../services';
import type { Handlers } from '../handler-types';

export function attemptHandlers(
  services: MainServices,
): Handlers<'attempts:submit' | 'attempts:get' | 'attempts:list-for-question'> {
  const attempts = createAttemptService(services);
  return {
    'attempts:submit': (input) => attempts.submit(input),
    'attempts:get': ({ id }) => attempts.get(id),
    'attempts:list-for-question': ({ questionId, limit }) => attempts.listForQuestion(questionId, limit),
  };
}
