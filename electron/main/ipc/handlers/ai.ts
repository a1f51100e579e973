import { aiQueueFor, aiServiceFor, coachChatFor } from '../../ai/ai-for-services';
import { AiError, toAppError } from '../../ai/ai-error';
import { AppError } from '../../../../shared/ipc/result';
import { readCoachContext } from '../../ai/coach-context';
import { explainPlan } from '../../ai/plan-explanation';
import { createAdvisorService } from '../../advisor/advisor-service';
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
  | 'ai:queue'
  | 'ai:queue-run'
  | 'ai:get-review'
  | 'ai:generate-questions'
  | 'ai:chat-send'
  | 'ai:chat-stop'
  | 'ai:chat-history'
  | 'ai:coach-context'
  | 'ai:explain-plan'
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
      try {
        const review = await reviewAttempt(ai(), services.db, attemptId, services.now());
        services.events.emit('data:changed', { scope: 'ai-review' });
        return review;
      } catch (error) {
        // Offline or the server away: the request waits in the durable queue instead of being lost.
        if (error instanceof AiError && (error.failure === 'unreachable' || error.failure === 'timeout')) {
          await aiQueueFor(services).enqueue({ kind: 'ai-review', attemptId });
          services.events.emit('data:changed', { scope: 'ai-queue' });
          throw new AppError(
            'UNAVAILABLE',
            `${error.message} The review is queued and will run when the server is reachable.`,
          );
        }
        throw toAppError(error);
      }
    },
    'ai:queue': () => aiQueueFor(services).list(),
    'ai:queue-run': async () => {
      await aiQueueFor(services).drain();
      return aiQueueFor(services).list();
    },
    'ai:get-review': ({ attemptId }) => storedReview(services.db, attemptId),
    'ai:generate-questions': async (input) => {
      try {
        const result = await generateQuestions(ai(), services.db, input, services.now());
        if (result.questions.length) services.events.emit('data:changed', { scope: 'questions' });
        return result;
      } catch (error) {
        // Like a review: asked for while the server is away, the request waits in the durable queue.
        if (error instanceof AiError && (error.failure === 'unreachable' || error.failure === 'timeout')) {
          await aiQueueFor(services).enqueue({ kind: 'ai-questions', input });
          services.events.emit('data:changed', { scope: 'ai-queue' });
          throw new AppError(
            'UNAVAILABLE',
            `${error.message} The questions are queued and will be generated when the server is reachable.`,
          );
        }
        throw toAppError(error);
      }
    },
    'ai:chat-send': (input) => asAppError(coachChatFor(services).send(input)),
    'ai:chat-stop': ({ requestId }) => ({ stopped: coachChatFor(services).stop(requestId) }),
    'ai:chat-history': ({ conversationId }) => coachChatFor(services).history(conversationId),
    'ai:coach-context': () => readCoachContext(services.db),
    'ai:explain-plan': async ({ planId }) => {
      const plan = await createAdvisorService(services).plan(planId);
      return asAppError(explainPlan(ai(), plan, await readCoachContext(services.db)));
    },
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
