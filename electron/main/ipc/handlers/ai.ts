import { aiServiceFor, coachChatFor } from '../../ai/ai-for-services';
import { readCoachContext } from '../../ai/coach-context';
import { toAppError } from '../../ai/ai-error';
import { generateQuestions } from '../../ai/question-generator';
import { reviewAttempt, storedReview } from '../../ai/review';
import { transcribeRecording } from '../../ai/transcribe-recording';
import type { MainServices } from '../../services';
import type { Handlers } from '../handler-types';

type AiChannel =
  | 'ai:status'
  | 'ai:set-key'
  | 'ai:delete-key'
  | 'ai:test-connection'
  | 'ai:usage'
  | 'ai:review-attempt'
  | 'ai:get-review'
  | 'ai:generate-questions'
  | 'ai:chat-send'
  | 'ai:chat-stop'
  | 'ai:chat-history'
  | 'ai:coach-context'
  | 'ai:transcribe-recording';

/** Model failures become AppErrors whose message says what to do. */
async function asAppError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw toAppError(error);
  }
}

export function aiHandlers(services: MainServices): Handlers<AiChannel> {
  const ai = () => aiServiceFor(services);
  return {
    'ai:status': () => ai().status(),
    'ai:set-key': ({ apiKey }) => ai().setKey(apiKey),
    'ai:delete-key': () => ai().deleteKey(),
    'ai:test-connection': () => ai().testConnection(),
    'ai:usage': () => ai().usage(),
    'ai:review-attempt': async ({ attemptId }) => {
      const review = await asAppError(reviewAttempt(ai(), services.db, attemptId, services.now()));
      services.events.emit('data:changed', { scope: 'ai-review' });
      return review;
    },
    'ai:get-review': ({ attemptId }) => storedReview(services.db, attemptId),
    'ai:generate-questions': async (input) => {
      const result = await asAppError(generateQuestions(ai(), services.db, input, services.now()));
      if (result.questions.length) services.events.emit('data:changed', { scope: 'questions' });
      return result;
    },
    'ai:chat-send': (input) => asAppError(coachChatFor(services).send(input)),
    'ai:chat-stop': ({ requestId }) => ({ stopped: coachChatFor(services).stop(requestId) }),
    'ai:chat-history': ({ conversationId }) => coachChatFor(services).history(conversationId),
    'ai:coach-context': () => readCoachContext(services.db),
    'ai:transcribe-recording': ({ recordingId }) =>
      asAppError(
        transcribeRecording(
          {
            ai: ai(),
            db: services.db,
            settings: services.settings,
            recordingsDir: services.paths.recordings,
            ffmpegPath: () => services.media.ffmpegPath(),
          },
          recordingId,
        ),
      ),
  };
}
