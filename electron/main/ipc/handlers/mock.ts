import { aiServiceFor } from '../../ai/ai-for-services';
import { followUpWriter } from '../../ai/follow-up';
import { createMockService } from '../../mock/mock-service';
import type { MainServices } from '../../services';
import type { Handlers } from '../handler-types';

type MockChannel =
  | 'mock:options'
  | 'mock:start'
  | 'mock:active'
  | 'mock:get'
  | 'mock:answer'
  | 'mock:switch-to-text'
  | 'mock:finish'
  | 'mock:discard'
  | 'mock:report'
  | 'mock:history';

export function mockHandlers(services: MainServices): Handlers<MockChannel> {
  const mock = createMockService(services, {
    followUp: followUpWriter(() => aiServiceFor(services), services.db, services.now),
  });
  return {
    'mock:options': () => mock.options(),
    'mock:start': (input) => mock.start(input),
    'mock:active': () => mock.active(),
    'mock:get': ({ sessionId }) => mock.get(sessionId),
    'mock:answer': (input) => mock.answer(input),
    'mock:switch-to-text': ({ sessionId }) => mock.switchToText(sessionId),
    'mock:finish': ({ sessionId }) => mock.finish(sessionId),
    'mock:discard': ({ sessionId }) => mock.discard(sessionId),
    'mock:report': ({ sessionId }) => mock.report(sessionId),
    'mock:history': () => mock.history(),
  };
}
