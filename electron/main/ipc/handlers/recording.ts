import { AppError } from '../../../../shared/ipc/result';
import { createAttemptService } from '../../attempts/attempt-service';
import type { MainServices } from '../../services';
import type { Handlers } from '../handler-types';

type RecordingChannel =
  | 'recording:start'
  | 'recording:chunk'
  | 'recording:stop'
  | 'recording:get'
  | 'recording:peaks'
  | 'recording:list'
  | 'recording:dismiss-recovered'
  | 'recording:delete'
  | 'recording:evaluate';

export function recordingHandlers(services: MainServices): Handlers<RecordingChannel> {
  const { media } = services;
  return {
    'recording:start': (input) => media.start(input),
    'recording:chunk': (input) => media.appendChunk(input.id, input.seq, input.data),
    'recording:stop': (input) => media.stop(input.id),
    'recording:get': (input) => media.get(input.id),
    'recording:peaks': (input) => media.peaks(input.id),
    'recording:list': (input) => media.list(input),
    'recording:dismiss-recovered': async () => {
      const dismissed = await media.dismissRecovered();
      if (dismissed) services.events.emit('data:changed', { scope: 'recordings' });
      return { dismissed };
    },
    'recording:delete': async (input) => ({ deleted: await media.delete(input.id) }),
    'recording:evaluate': async (input) => {
      const recording = await media.get(input.id);
      if (!recording.review)
        throw new AppError('CONFLICT', 'The recording has not been processed yet, so it cannot be scored.');
      const attempt = await createAttemptService(services).submit({
        questionId: input.questionId ?? null,
        questionText: input.questionText,
        category: input.category,
        mode: recording.mode,
        answerText: input.answerText,
        durationSec: recording.durationSec,
        recordingId: recording.id,
        voice: recording.review.metrics,
        answerIsTranscript: input.verbatim,
      });
      await media.linkAttempt(recording.id, attempt.id);
      return attempt;
    },
  };
}
