import { z } from 'zod';
import { Difficulty, QuestionCategory, QuestionType, Role } from '../domain/questions/bank-schema';

export const GenerateQuestionsInput = z
  .object({
    category: QuestionCategory,
    role: Role.default('any'),
    difficulty: Difficulty.default('medium'),
    count: z.number().int().min(1).max(10).default(3),
    /** A pasted job description the questions should fit; optional. */
    jobDescription: z.string().trim().max(20_000).optional(),
  })
  .strict();
export type GenerateQuestionsInput = z.input<typeof GenerateQuestionsInput>;

/** One question as the model is asked to write it: the bank's shape. */
export const GeneratedQuestionReply = z.strictObject({
  text: z.string().trim().min(10).max(400),
  type: QuestionType,
  keyPoints: z.array(z.string().trim().min(3).max(160)).min(3).max(6),
  modelAnswer: z.string().trim().min(40).max(2500),
});

export const GeneratedQuestionsReply = z.strictObject({
  questions: z.array(GeneratedQuestionReply).min(1).max(10),
});
export type GeneratedQuestionsReply = z.infer<typeof GeneratedQuestionsReply>;

const STOP = new Set([
  'a',
  'an',
  'the',
  'you',
  'your',
  'to',
  'of',
  'and',
  'or',
  'in',
  'on',
  'a',
  'how',
  'what',
  'when',
  'did',
  'do',
  'is',
  'was',
  'me',
  'about',
  'time',
  'tell',
  'describe',
  'would',
]);

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/[^a-z0-9\s]/g, ' ')
      .split(/\s+/)
      .filter((word) => word.length > 1 && !STOP.has(word)),
  );
}

/** Same question in other words: most of the meaningful words shared (Jaccard ≥ 0.75), or identical text. */
export function isNearDuplicate(a: string, b: string): boolean {
  const left = words(a);
  const right = words(b);
  if (left.size === 0 || right.size === 0) return a.trim().toLowerCase() === b.trim().toLowerCase();
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / (left.size + right.size - shared) >= 0.75;
}

/** The new questions that repeat neither an existing one nor each other, in order. */
export function withoutDuplicates<T extends { text: string }>(fresh: readonly T[], existing: readonly string[]): T[] {
  const kept: T[] = [];
  for (const question of fresh) {
    const seen = [...existing, ...kept.map((k) => k.text)];
    if (!seen.some((text) => isNearDuplicate(text, question.text))) kept.push(question);
  }
  return kept;
}
