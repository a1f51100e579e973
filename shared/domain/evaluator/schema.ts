import { z } from 'zod';
import { QuestionCategory, QuestionType } from '../questions/bank-schema';
import { VoiceMetrics } from '../voice/voice-metrics';

/**
 * Key points arrive from the bank (validated there) or from a user's own question, so this is
 * looser than the bank's KeyPoint: a point may come with no cues.
 */
export const EvaluationKeyPoint = z.object({
  text: z.string().min(1).max(400),
  cues: z.array(z.string().min(1).max(80)).max(20).default([]),
});
export type EvaluationKeyPoint = z.infer<typeof EvaluationKeyPoint>;

export const EvaluationInput = z.object({
  question: z.object({
    text: z.string().trim().min(1).max(2000),
    category: QuestionCategory.optional(),
    type: QuestionType.optional(),
    keyPoints: z.array(EvaluationKeyPoint).max(12).optional(),
    modelAnswer: z.string().max(10_000).optional(),
  }),
  // Length and language are checked by checkAnswer() so they get their own error codes.
  answer: z.string(),
  durationSec: z.number().positive().max(7200).optional(),
  voice: VoiceMetrics.optional(),
  /**
   * The answer is a word-for-word transcript of the recording in `voice`: pace is then measured
   * from its words over the speaking time instead of estimated from syllables.
   */
  answerIsTranscript: z.boolean().optional(),
});
export type EvaluationInput = z.input<typeof EvaluationInput>;
export type ParsedEvaluationInput = z.output<typeof EvaluationInput>;

const Score = z.number().int().min(0).max(100);
const Evidence = z.array(z.string());

export const StarPartResult = z.object({ present: z.boolean(), evidence: z.string().nullable() });

export const EvaluationMetrics = z.object({
  questionType: QuestionType,
  questionTypeInferred: z.boolean(),
  wordCount: z.number().int(),
  sentenceCount: z.number().int(),
  idealWords: z.object({ min: z.number().int(), max: z.number().int() }),
  fillerCount: z.number().int(),
  fillerPer100: z.number(),
  fillers: z.array(z.object({ label: z.string(), count: z.number().int() })),
  hedgeCount: z.number().int(),
  hedgePer100: z.number(),
  hedges: z.array(z.object({ label: z.string(), count: z.number().int() })),
  specificsCount: z.number().int(),
  specificsPer100: z.number(),
  vagueCount: z.number().int(),
  keyPointCoverage: z.number().min(0).max(1),
  keyPointsDerived: z.boolean(),
  star: z.object({
    situation: StarPartResult,
    task: StarPartResult,
    action: StarPartResult,
    result: StarPartResult,
  }),
  ownership: z.object({ iActions: z.number().int(), weActions: z.number().int() }),
  grammarChecked: z.boolean(),
  grammarIssueCount: z.number().int(),
  grammarPer100: z.number(),
  relevance: z.number().min(0).max(1),
  /** Relevance and key points were also judged by meaning (word vectors loaded). Absent in older evaluations. */
  meaningChecked: z.boolean().optional(),
  negativeToneCount: z.number().int(),
  durationSec: z.number().nullable(),
  wpm: z.number().nullable(),
});
export type EvaluationMetrics = z.infer<typeof EvaluationMetrics>;

/** Where feedback points. The calibration set maps each failure kind to one of these. */
export const FeedbackArea = z.enum([
  'content',
  'key-points',
  'relevance',
  'specifics',
  'structure',
  'result',
  'ownership',
  'length',
  'fillers',
  'hedging',
  'grammar',
  'tone',
  'delivery',
]);
export type FeedbackArea = z.infer<typeof FeedbackArea>;

/**
 * Ways of dressing up an answer that has little in it. Feedback that catches one names it, so the
 * candidate learns why the score is low even when the answer "has everything".
 */
export const GamingGuard = z.enum(['keyword-list', 'echo', 'placeholders', 'cue-stuffing', 'padding', 'shouting']);
export type GamingGuard = z.infer<typeof GamingGuard>;

export const FeedbackItem = z.object({
  kind: z.enum(['strength', 'improve']),
  area: FeedbackArea,
  /** Set when the item is a gaming guard's finding. */
  guard: GamingGuard.optional(),
  message: z.string(),
  /** Verbatim substrings of the answer. Never HTML: the UI must render them as text. */
  evidence: Evidence,
});
export type FeedbackItem = z.infer<typeof FeedbackItem>;

export const HighlightKind = z.enum(['filler', 'hedge', 'grammar', 'specific', 'negative']);
export const Highlight = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  kind: HighlightKind,
  note: z.string().optional(),
});
export type Highlight = z.infer<typeof Highlight>;

export const Evaluation = z.object({
  overall: Score,
  subscores: z.object({ content: Score, structure: Score, language: Score, delivery: Score.nullable() }),
  metrics: EvaluationMetrics,
  feedback: z.array(FeedbackItem),
  /** Character (UTF-16) offsets into the answer, sorted, never overlapping. */
  highlights: z.array(Highlight),
  keyPoints: z.array(z.object({ text: z.string(), covered: z.boolean(), evidence: z.string().optional() })),
  evaluator: z.object({ kind: z.literal('local'), version: z.string() }),
});
export type Evaluation = z.infer<typeof Evaluation>;
