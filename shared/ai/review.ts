import { z } from 'zod';

export const RUBRIC_CRITERIA = [
  'relevance',
  'correctness',
  'structure',
  'specifics',
  'impact',
  'communication',
] as const;
export type RubricCriterion = (typeof RUBRIC_CRITERIA)[number];

const Judgement = z.strictObject({
  /** 1 (poor) to 5 (excellent). */
  score: z.number().int().min(1).max(5),
  reason: z.string().trim().min(3).max(300),
  /** Exact words from the answer that support the judgement. */
  evidence: z.array(z.string().max(400)).max(4),
});

/** What the model is asked to return (sent as the json_schema response format). */
export const AiReviewReply = z.strictObject({
  rubric: z.strictObject(
    Object.fromEntries(RUBRIC_CRITERIA.map((criterion) => [criterion, Judgement])) as Record<
      RubricCriterion,
      typeof Judgement
    >,
  ),
  improvedAnswer: z.string().trim().min(20).max(4000),
  nextSteps: z.array(z.string().trim().min(3).max(300)).length(3),
});
export type AiReviewReply = z.infer<typeof AiReviewReply>;

export const AiRubricLine = z.object({
  criterion: z.enum(RUBRIC_CRITERIA),
  score: z.number().int().min(1).max(5),
  reason: z.string(),
  evidence: z.array(z.string()),
});
export type AiRubricLine = z.infer<typeof AiRubricLine>;

/** A stored AI review of one attempt. */
export const AiReview = z.object({
  attemptId: z.string(),
  model: z.string(),
  createdAt: z.string(),
  /** 0–100 from the rubric; an annotation beside the recorded (local) score, never replacing it. */
  score: z.number().int().min(0).max(100),
  rubric: z.array(AiRubricLine),
  improvedAnswer: z.string(),
  nextSteps: z.array(z.string()),
  /** Quotes the model gave that do not occur in the answer, dropped before saving. */
  droppedQuotes: z.number().int().min(0),
});
export type AiReview = z.infer<typeof AiReview>;

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether a quote really occurs in the answer: ignoring case, curly quotes, runs of spaces, and
 * the quote's own surrounding quotation marks, dots or ellipses — never fuzzy matching of words.
 */
export function quoteOccurs(answer: string, quote: string): boolean {
  const needle = normalise(quote)
    .replace(/^["'.…\s]+|["'.…\s]+$/g, '')
    .trim();
  return needle.length >= 3 && normalise(answer).includes(needle);
}

/** A rubric of 1–5 marks as 0–100: the mean mark, 1 → 0 and 5 → 100. */
export function rubricScore(lines: readonly Pick<AiRubricLine, 'score'>[]): number {
  if (lines.length === 0) return 0;
  const mean = lines.reduce((sum, line) => sum + line.score, 0) / lines.length;
  return Math.round(((mean - 1) / 4) * 100);
}

/** The model's reply as a review to keep: evidence checked against the answer, invented quotes dropped. */
export function toReview(
  reply: AiReviewReply,
  answer: string,
  meta: { attemptId: string; model: string; createdAt: string },
): AiReview {
  let dropped = 0;
  const rubric = RUBRIC_CRITERIA.map((criterion) => {
    const judgement = reply.rubric[criterion];
    const evidence = judgement.evidence.filter((quote) => {
      const real = quoteOccurs(answer, quote);
      if (!real) dropped += 1;
      return real;
    });
    return { criterion, score: judgement.score, reason: judgement.reason, evidence };
  });
  return {
    ...meta,
    score: rubricScore(rubric),
    rubric,
    improvedAnswer: reply.improvedAnswer,
    nextSteps: reply.nextSteps,
    droppedQuotes: dropped,
  };
}
