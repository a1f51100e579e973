import { z } from 'zod';
import { VoiceMetrics } from '../../domain/voice/voice-metrics';
import { channel } from '../channel';
import { NoInput } from './app';
import { AttemptDetail, SubmitAttemptInput } from './attempts';

/** Largest MediaRecorder chunk main accepts (a 1 s timeslice of HD video is well under 1 MiB). */
export const MAX_CHUNK_BYTES = 4 * 1024 * 1024;
const MAX_CHUNK_BASE64 = Math.ceil(MAX_CHUNK_BYTES / 3) * 4;

export const RecordingId = z.string().regex(/^[a-z0-9-]{8,64}$/, 'not a recording id');
export const RecordingMode = z.enum(['audio', 'video']);
export type RecordingMode = z.infer<typeof RecordingMode>;
export const RecordingStatus = z.enum(['recording', 'processing', 'ready', 'recovered', 'failed']);
export type RecordingStatus = z.infer<typeof RecordingStatus>;

export const StartRecordingInput = z
  .object({
    mode: RecordingMode,
    /** What MediaRecorder reports, e.g. "video/webm;codecs=vp8,opus". Only WebM is accepted. */
    mimeType: z
      .string()
      .max(100)
      .regex(/^(audio|video)\/webm(;.*)?$/i, 'only WebM recordings are supported'),
    questionId: z.string().max(200).nullable().default(null),
    questionText: z.string().trim().max(2000).nullable().default(null),
  })
  .strict();

export const RecordingChunkInput = z
  .object({
    id: RecordingId,
    /** 0, 1, 2, … in the order MediaRecorder produced them; main rejects gaps and repeats. */
    seq: z.number().int().min(0).max(1_000_000),
    /** The chunk's bytes, base64. */
    data: z
      .string()
      .min(1, 'empty chunk')
      .max(MAX_CHUNK_BASE64, `a chunk may hold at most ${MAX_CHUNK_BYTES / 1024 / 1024} MiB`)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'chunk data is not base64'),
  })
  .strict();

export const RecordingIdInput = z.object({ id: RecordingId }).strict();

export const Span = z.object({ startSec: z.number(), endSec: z.number() });
export type Span = z.infer<typeof Span>;

export const PaceChangeView = Span.extend({
  wpm: z.number(),
  direction: z.enum(['faster', 'slower']),
  ratio: z.number(),
});

export const DeliveryIssueView = z.object({
  what: z.enum(['pace', 'pauses', 'monotone', 'volume', 'clipping', 'fillers']),
  penalty: z.number(),
  message: z.string(),
});

/** What the review screen shows about a processed recording. */
export const RecordingReview = z.object({
  metrics: VoiceMetrics,
  speechRegions: z.array(Span),
  longPauses: z.array(Span),
  paceSegments: z.array(Span.extend({ wpm: z.number(), speechSec: z.number() })),
  paceChanges: z.array(PaceChangeView),
  noiseFloorDbfs: z.number(),
  snrDb: z.number(),
  /**
   * The evaluator's delivery sub-score from the voice alone (no transcript, so no filler words);
   * null when no speech was heard.
   */
  delivery: z.object({ score: z.number(), issues: z.array(DeliveryIssueView) }).nullable(),
});
export type RecordingReview = z.infer<typeof RecordingReview>;

export const RecordingView = z.object({
  id: z.string(),
  status: RecordingStatus,
  mode: RecordingMode,
  mimeType: z.string(),
  bytesWritten: z.number().int(),
  durationSec: z.number().nullable(),
  recovered: z.boolean(),
  error: z.string().nullable(),
  questionId: z.string().nullable(),
  questionText: z.string().nullable(),
  attemptId: z.string().nullable(),
  createdAt: z.string(),
  /** A short-lived signed URL path (/media/<id>?…); resolve it against the app's origin. */
  mediaUrl: z.string().nullable(),
  thumbnailUrl: z.string().nullable(),
  review: RecordingReview.nullable(),
});
export type RecordingView = z.infer<typeof RecordingView>;

export const RecordingSummary = RecordingView.omit({ review: true, mediaUrl: true });
export type RecordingSummary = z.infer<typeof RecordingSummary>;

export const WaveformPeaksView = z.object({
  /** Interleaved min/max pairs normalised to [-1, 1], as wavesurfer.js takes them. */
  data: z.array(z.number()),
  bucketsPerSecond: z.number(),
  durationSec: z.number(),
});
export type WaveformPeaksView = z.infer<typeof WaveformPeaksView>;

export const ListRecordingsInput = z
  .object({
    /** Only recordings recovered after a crash whose notice the user has not dismissed. */
    recoveredNotice: z.boolean().default(false),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

/**
 * Grades a processed recording with what the user typed (notes or a transcript). Main adds the
 * recording's own mode, duration and voice metrics, so the delivery sub-score uses them.
 */
export const EvaluateRecordingInput = z
  .object({
    id: RecordingId,
    questionId: SubmitAttemptInput.shape.questionId,
    questionText: SubmitAttemptInput.shape.questionText,
    category: SubmitAttemptInput.shape.category,
    answerText: SubmitAttemptInput.shape.answerText,
    /** The text is word for word what was said: pace is counted from its words, not estimated. */
    verbatim: z.boolean().default(false),
  })
  .strict();

export const recordingChannels = {
  /** Checks free disk space, creates the row and the .part file; DISK_FULL when space is short. */
  'recording:start': channel(StartRecordingInput, z.object({ id: z.string() })),
  /** Appends one chunk; DISK_FULL when the disk fills (what was written is kept). */
  'recording:chunk': channel(RecordingChunkInput, z.object({ bytesWritten: z.number().int() })),
  /** Closes the file and queues processing; progress arrives as 'recording:progress' events. */
  'recording:stop': channel(RecordingIdInput, z.object({ id: z.string(), status: RecordingStatus })),
  'recording:get': channel(RecordingIdInput, RecordingView),
  'recording:peaks': channel(RecordingIdInput, WaveformPeaksView),
  'recording:list': channel(ListRecordingsInput, z.array(RecordingSummary)),
  'recording:dismiss-recovered': channel(NoInput, z.object({ dismissed: z.number().int() })),
  /** Removes the files and the row; an attempt made from it keeps its score. */
  'recording:delete': channel(RecordingIdInput, z.object({ deleted: z.boolean() })),
  /** Stores an attempt for the recording (linking both); BAD_INPUT when the text cannot be graded. */
  'recording:evaluate': channel(EvaluateRecordingInput, AttemptDetail),
};

export const RecordingProgress = z.object({
  id: z.string(),
  stage: z.enum(['queued', 'processing', 'analysing', 'ready', 'failed']),
  /** 0–100, or null when the length is not known yet. */
  percent: z.number().min(0).max(100).nullable(),
  message: z.string().optional(),
});
export type RecordingProgress = z.infer<typeof RecordingProgress>;
